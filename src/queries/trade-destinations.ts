import { requireCountry } from "../datasets/countries.js";
import { requireMineral } from "../datasets/minerals.js";
import { type BlocShares, type Buyers, blocShares, buyersOf, type SupplierShare, suppliedBy } from "./trade-buyers.js";

/**
 * Where one mineral of a country goes, and how much of it China takes, from every statement read.
 *
 * @category Trade
 */
export interface MineralDestinations {
  readonly mineral: string;
  /** The country's exports by partner, per statement (its producers' and statistics offices' figures). */
  readonly buyers: Buyers;
  /** The bloc shares of each statement. */
  readonly blocs: readonly BlocShares[];
  /** Importing countries' statements of the share the country supplies (EIA, China's import figures). */
  readonly suppliedTo: readonly SupplierShare[];
  /** What the data says of China, in one sentence. */
  readonly china: string;
}

/**
 * Who buys a country's minerals and how dependent those exports are on China, in one call: for each mineral,
 * the exporter's own statements by partner, their shares to China, Russia, the EU and the US, and what the
 * importers report about their purchases from the country.
 *
 * @category Trade
 * @example
 * ```ts
 * import { exportDestinations } from "c5-minerals/trade";
 * const [uranium, chromium] = exportDestinations("KZ", ["uranium", "chromium"]);
 * uranium?.suppliedTo.map((s) => `${s.year} ${s.importer} ${s.share}%`); // ["2024 US 24%", "2023 US 22%", "2022 US 25%", "2021 US 35%", "2020 US 22.1%"]
 * chromium?.suppliedTo.map((s) => `${s.year} ${s.importer} ${Math.round(s.share)}%`); // ["2021 CN 90%", "2017 CN 21%"]
 * chromium?.suppliedTo[1]?.period; // "2017-01/2017-10"
 * ```
 */
export function exportDestinations(country: string, minerals: readonly string[]): readonly MineralDestinations[] {
  const code = requireCountry(country, "country").alpha2;
  if (!Array.isArray(minerals)) throw new TypeError("minerals must be an array of mineral ids or names");
  const ids = minerals.map((m, i) => requireMineral(m, `minerals[${i}]`).id);
  return Object.freeze(
    ids.map((mineral) => {
      const buyers = buyersOf(code, mineral);
      const blocs = blocShares(code, mineral);
      const suppliedTo = suppliedBy(code, mineral);
      return Object.freeze({ mineral, buyers, blocs, suppliedTo, china: chinaSentence(code, mineral, blocs, suppliedTo) });
    }),
  );
}

function chinaSentence(code: string, mineral: string, blocs: readonly BlocShares[], supplied: readonly SupplierShare[]): string {
  const parts: string[] = [];
  const latest = blocs[0];
  if (latest === undefined) parts.push(`No statement of ${code}'s ${mineral} exports by partner is in the data`);
  else if (latest.CN > 0)
    parts.push(`China takes ${latest.CN}% of ${code}'s ${mineral} in ${when(latest)} (${latest.measure}; ${latest.source})`);
  else
    parts.push(
      `No statement names China as a buyer of ${code}'s ${mineral}; in ${when(latest)} ${latest.unattributed}% went to regions the source does not split (${latest.source})`,
    );
  for (const cn of supplied.filter((s) => s.importer === "CN"))
    parts.push(
      `${code} supplied ${Math.round(cn.share * 10) / 10}% of China's imports in ${when(cn)}${cn.computed ? ", computed from the source's figures" : ""} (${cn.measure}; ${cn.source})`,
    );
  return `${parts.join(". ")}.`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2023", or the months a statement covers ("January 2024", "January to October 2017"). */
function when(s: { readonly year: number; readonly period?: string }): string {
  if (s.period === undefined) return String(s.year);
  const [from = "", to] = s.period.split("/");
  const month = (p: string) => MONTHS[Number(p.slice(5, 7)) - 1] ?? p;
  if (to === undefined) return `${month(from)} ${s.year}`;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${month(from)}${sameYear ? "" : ` ${from.slice(0, 4)}`} to ${month(to)} ${to.slice(0, 4)}`;
}
