import { requireInteger, requireOptions } from "../core/guards.js";
import { compareText } from "../core/order.js";
import { requireOneOf } from "../core/resolve.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { type ImportDependenceRecord, importDependence } from "../datasets/import-dependence.js";
import type { MineralId } from "../datasets/minerals.js";
import { type TradeFlowRecord, tradeFlows } from "../datasets/trade-flows.js";
import type { C5CountryCode } from "../schemas/common.js";

/**
 * The measure a row of {@link usImportsFromC5} uses. `mcs-import-sources`: the share of US imports of a
 * product by country of origin over the period a USGS Mineral Commodity Summaries chapter prints;
 * `eia-uranium-origin`: the share of the uranium delivered in one year to owners and operators of US civilian
 * nuclear power reactors by origin country, as the US EIA's Uranium Marketing Annual Report gives it. The two
 * are different measures and never added together.
 *
 * @category Queries
 */
export type ImportDependenceMeasure = "mcs-import-sources" | "eia-uranium-origin";

/**
 * One product whose US imports come in part from the C5, in one MCS edition.
 *
 * @category Queries
 */
export interface McsImportDependence {
  /** The shares are of US imports by origin, as an MCS chapter prints them. */
  readonly measure: "mcs-import-sources";
  /** The edition, e.g. `"usgs-mcs-2026"`. */
  readonly vintage: string;
  /** The chapter's mineral. */
  readonly mineral: MineralId;
  /** The product as printed; null when the chapter prints one list for all imports. */
  readonly product: string | null;
  /** The years the shares cover, as printed and as numbers. */
  readonly period: ImportDependenceRecord["period"];
  /** Each C5 partner with its share of US imports (percent, as printed), in printed order. */
  readonly c5: readonly { readonly country: C5CountryCode; readonly share: number }[];
  /** The C5 partners' shares added up (percent). */
  readonly c5Share: number;
  /** The chapter's net import reliance for its latest year, with its printed mark. */
  readonly netImportReliance: ImportDependenceRecord["netImportReliance"];
  /** The chapter's source id. */
  readonly source: string;
  /** The record this answer comes from. */
  readonly record: ImportDependenceRecord;
}

/**
 * Uranium, which the MCS do not cover: the C5's shares of the uranium US reactor owners and operators bought
 * in one year, from the EIA's survey (the `tradeFlows` records of that source and year).
 *
 * @category Queries
 */
export interface EiaUraniumDependence {
  /** The shares are of uranium deliveries to US reactor owners and operators by origin, per the EIA. */
  readonly measure: "eia-uranium-origin";
  /** The source id of the EIA's figures: its report (`"eia-umar-2023"`) or news that relays it. */
  readonly vintage: string;
  readonly mineral: "uranium";
  /** The material the shares are of, as the records word it. */
  readonly product: string;
  /** The delivery year. */
  readonly period: { readonly from: number; readonly to: number; readonly printed: string };
  /** Each C5 origin with its share of the year's deliveries (percent, as the EIA gives it), largest first. */
  readonly c5: readonly { readonly country: C5CountryCode; readonly share: number }[];
  /** The C5 origins' shares added up (percent). */
  readonly c5Share: number;
  /** The deliveries the shares are of (million pounds U3O8 equivalent), when the EIA prints the total. */
  readonly total: { readonly amount: number; readonly unit: string } | null;
  /** The EIA's source id. */
  readonly source: string;
  /** Every origin record of that year, C5 or not (Canada, Australia, Russia, the US itself). */
  readonly flows: readonly TradeFlowRecord[];
}

/**
 * One row of {@link usImportsFromC5}: an MCS product or the EIA's uranium; `measure` tells them apart.
 *
 * @category Queries
 */
export type C5ImportDependence = McsImportDependence | EiaUraniumDependence;

const C5 = new Set<string>(C5_COUNTRY_CODES);

/** The editions the dataset holds, newest first. */
function vintages(): string[] {
  return [...new Set(importDependence.map((r) => r.vintage))].sort().reverse();
}

/** The EIA's uranium origin records: US imports of uranium on the purchaser-survey basis. */
function eiaUranium(): readonly TradeFlowRecord[] {
  return tradeFlows.filter(
    (f) => f.reporter === "US" && f.direction === "import" && f.mineral === "uranium" && f.basis === "purchaser-survey",
  );
}

/**
 * Which US imports depend on the C5, and how much: for one MCS edition (the newest by default), every
 * mineral and product whose import sources name a C5 state, with the C5 partners' shares of US imports
 * and the chapter's net import reliance; and uranium, which the MCS do not cover, from the US EIA's origin
 * of the uranium US reactor owners and operators bought in one year (the newest by default). Each row says
 * its `measure`; shares are added up only within a row, never across measures. MCS rows come first, by C5
 * share, largest first; the uranium row last.
 *
 * MCS shares are of US imports of that product over the period printed; net import reliance is imports
 * minus exports as a percentage of apparent consumption, so a net exporter (`mark: "net-exporter"`) can
 * still import from the C5. The EIA's shares are of deliveries by origin, including US-origin material.
 *
 * @param options.vintage The MCS edition, e.g. `"usgs-mcs-2025"`; the newest the dataset holds when omitted.
 * @param options.uraniumYear The EIA delivery year; the newest the package holds when omitted.
 * @throws TypeError when `options` or a field has the wrong type.
 * @throws RangeError when the dataset holds no such edition or EIA year.
 * @category Queries
 * @example
 * ```ts
 * import { usImportsFromC5 } from "c5-minerals/figures";
 * const rows = usImportsFromC5({ vintage: "usgs-mcs-2025" });
 * const sponge = rows.find((r) => r.mineral === "titanium");
 * sponge?.c5; // [{ country: "KZ", share: 9 }]
 * sponge?.measure === "mcs-import-sources" && sponge.netImportReliance.printed; // ">95"
 * usImportsFromC5()[0]?.vintage; // "usgs-mcs-2026"
 * // Uranium, from the EIA: Kazakhstan and Uzbekistan's shares of 2024 deliveries to US reactors
 * const uranium = rows.find((r) => r.measure === "eia-uranium-origin");
 * [uranium?.period.printed, uranium?.c5, uranium?.c5Share]; // ["2024", [{ country: "KZ", share: 24 }, { country: "UZ", share: 9 }], 33]
 * usImportsFromC5({ uraniumYear: 2022 }).at(-1)?.c5; // [{ country: "KZ", share: 25 }, { country: "UZ", share: 11 }]
 * ```
 */
export function usImportsFromC5(
  options: { readonly vintage?: string; readonly uraniumYear?: number } = {},
): readonly C5ImportDependence[] {
  const { vintage, uraniumYear } = requireOptions<{ readonly vintage?: string; readonly uraniumYear?: unknown }>(
    options,
    "options",
    ["vintage", "uraniumYear"],
  );
  const held = vintages();
  const edition = vintage === undefined ? held[0] : requireOneOf(vintage, "options.vintage", held);
  const uranium = eiaUranium();
  const years: number[] = [...new Set(uranium.map((f) => f.year as number))].sort((a, b) => b - a);
  let year: number | undefined = years[0];
  if (uraniumYear !== undefined) {
    year = requireInteger(uraniumYear, "options.uraniumYear", 1900, 2100);
    if (!years.includes(year))
      throw new RangeError(`options.uraniumYear: the package holds EIA uranium origins for ${years.join(", ")}, not ${year}`);
  }
  const mcs: McsImportDependence[] = importDependence
    .filter((r) => r.vintage === edition)
    .map((record) => {
      const c5 = record.partners
        .filter((p) => C5.has(p.country))
        .map((p) => ({ country: p.country as C5CountryCode, share: p.share }));
      return {
        measure: "mcs-import-sources" as const,
        vintage: record.vintage,
        mineral: record.mineral,
        product: record.product,
        period: record.period,
        c5,
        c5Share: c5.reduce((s, p) => s + p.share, 0),
        netImportReliance: record.netImportReliance,
        source: record.source,
        record,
      };
    })
    .sort((a, b) => b.c5Share - a.c5Share || compareText(a.mineral, b.mineral));
  const flows = uranium.filter((f) => f.year === year);
  const first = flows[0];
  if (first === undefined || year === undefined) return Object.freeze(mcs.map((r) => Object.freeze(r)));
  const c5 = flows
    .filter((f) => C5.has(f.partner) && f.share !== undefined)
    .map((f) => ({ country: f.partner as C5CountryCode, share: f.share as number }))
    .sort((a, b) => b.share - a.share || compareText(a.country, b.country));
  const eia: EiaUraniumDependence = {
    measure: "eia-uranium-origin",
    vintage: first.source,
    mineral: "uranium",
    product: first.product,
    period: { from: year, to: year, printed: String(year) },
    c5,
    c5Share: c5.reduce((s, p) => s + p.share, 0),
    total: first.total ?? null,
    source: first.source,
    flows,
  };
  return Object.freeze([...mcs, eia].map((r) => Object.freeze(r)));
}
