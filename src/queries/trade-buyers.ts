import type { DeepReadonly } from "../core/freeze.js";
import { optional, requireInteger, requireStringArray } from "../core/guards.js";
import { requireCountry } from "../datasets/countries.js";
import { requireSource } from "../datasets/sources.js";
import type { TradeFlow } from "../schemas/trade-flow.js";
import { flowsOption, round, type Statement, statementsOf } from "./trade-statements.js";

export type { Statement, StatementPart } from "./trade-statements.js";

/**
 * Who buys a country's mineral: every statement of its exports by partner, newest first.
 *
 * @category Trade
 */
export interface Buyers {
  /** The exporting country (ISO alpha-2). */
  readonly country: string;
  /** The mineral id. */
  readonly mineral: string;
  /** One entry per source, year and measure, partners largest first; competing sources side by side. */
  readonly statements: readonly Statement[];
  /** Why `statements` is empty, when it is. */
  readonly reason?: string;
}

/**
 * Options of the trade queries.
 *
 * @category Trade
 */
export interface TradeQueryOptions {
  /** Only this year. */
  readonly year?: number;
  /** Only statements from this source id. */
  readonly source?: string;
  /** Flows to read instead of the shipped dataset (for example records from `importBaci`). */
  readonly flows?: readonly DeepReadonly<TradeFlow>[];
}

function select(
  country: unknown,
  mineral: unknown,
  options: unknown,
  direction: "export" | "import",
  extraKeys: readonly string[] = [],
) {
  const code = requireCountry(country, "country").alpha2;
  const { flows, rest } = flowsOption(options, "options", ["year", "source", ...extraKeys]);
  const year = optional(rest.year, "options.year", (v, n) => requireInteger(v, n, 1900, 2100));
  const source = optional(rest.source, "options.source", (v, n) => requireSource(v, n).id);
  const { mineral: id, statements } = statementsOf(
    flows,
    mineral,
    "mineral",
    (f) =>
      f.reporter === code &&
      f.direction === direction &&
      (year === undefined || f.year === year) &&
      (source === undefined || f.source === source),
  );
  return { code, id, statements, rest };
}

/**
 * Who buys a country's mineral (id or name): each source's statement of the country's exports by partner,
 * with shares largest first and the share the statement covers. Shares come as the source states them;
 * flows that carry only values (BACI) get shares computed from the values. Competing sources stay apart.
 *
 * @category Trade
 * @example
 * ```ts
 * import { buyersOf } from "c5-minerals/trade";
 * const [latest] = buyersOf("Kazakhstan", "uranium").statements;
 * latest?.parts.map((p) => [p.partnerLabel ?? p.partner, p.share]); // [["Asian market", 49], ["Europe", 32], ["US", 19]]
 * ```
 */
export function buyersOf(country: string, mineral: string, options?: TradeQueryOptions): Buyers {
  const { code, id, statements } = select(country, mineral, options, "export");
  return Object.freeze({
    country: code,
    mineral: id,
    statements: Object.freeze(statements),
    ...(statements.length === 0 ? { reason: `No statement of ${code}'s ${id} exports by partner in the data read` } : {}),
  });
}

/**
 * How concentrated one statement's buyers are.
 *
 * @category Trade
 */
export interface BuyerConcentration {
  readonly year: number;
  readonly source: string;
  readonly measure: string;
  /** Herfindahl–Hirschman index of the listed shares (percent squared, 0–10,000). */
  readonly hhi: number;
  /** The index if the part no partner accounts for (100 − coverage) went to one buyer: the upper bound. */
  readonly hhiMax: number;
  /** The largest listed share. */
  readonly topShare: number;
  /** The share the listed partners cover. */
  readonly coverage: number;
  /** True when a partner is a region or a remainder: each lumps several buyers, so the index overstates. */
  readonly lumped: boolean;
}

/**
 * The concentration of a country's buyers of a mineral, per statement: the Herfindahl–Hirschman index of the
 * listed shares, its upper bound when part of the exports is not attributed, the largest share, and
 * whether regions lump several buyers together.
 *
 * @category Trade
 * @example
 * ```ts
 * import { buyerConcentration } from "c5-minerals/trade";
 * const [c] = buyerConcentration("KZ", "uranium");
 * [c?.hhi, c?.lumped]; // [3786, true]
 * ```
 */
export function buyerConcentration(country: string, mineral: string, options?: TradeQueryOptions): readonly BuyerConcentration[] {
  const { statements } = select(country, mineral, options, "export");
  return Object.freeze(
    statements.map((s) => {
      const hhi = round(s.parts.reduce((sum, p) => sum + p.share * p.share, 0));
      const rest = Math.max(0, 100 - s.coverage);
      return Object.freeze({
        year: s.year,
        source: s.source,
        measure: s.measure,
        hhi,
        hhiMax: round(hhi + rest * rest),
        topShare: s.parts[0]?.share ?? 0,
        coverage: s.coverage,
        lumped: s.parts.some((p) => p.partner === "REGION" || p.partner === "OTHER"),
      });
    }),
  );
}

/**
 * The blocs of {@link blocShares}.
 *
 * @category Trade
 */
export const TRADE_BLOCS = Object.freeze(["CN", "RU", "EU", "US"] as const);

/**
 * The shares of one statement going to China, Russia, the EU and the US, to other named partners, to
 * regions that cannot be split (a region such as "Asia" may hold China), and not stated at all.
 *
 * @category Trade
 */
export interface BlocShares {
  readonly year: number;
  /** The months covered, when the statement covers less than the year. */
  readonly period?: string;
  readonly source: string;
  readonly measure: string;
  readonly CN: number;
  readonly RU: number;
  readonly EU: number;
  readonly US: number;
  /** Named partners outside the four blocs. */
  readonly others: number;
  /** Regions and remainders the source names: may include any bloc. */
  readonly unattributed: number;
  /** 100 − the statement's coverage: what the source does not attribute at all. */
  readonly unstated: number;
}

/**
 * The share of a country's exports of a mineral going to China, Russia, the EU, the US and others, per
 * statement. The EU counts a partner the source names as the EU, and the member states passed in
 * `options.euMembers` (the package ships no EU membership list); a region is never split.
 *
 * @category Trade
 * @example
 * ```ts
 * import { blocShares } from "c5-minerals/trade";
 * const [b] = blocShares("KZ", "uranium", { year: 2023 });
 * [b?.US, b?.CN, b?.unattributed]; // [19, 0, 81]
 * ```
 */
export function blocShares(
  country: string,
  mineral: string,
  options?: TradeQueryOptions & { readonly euMembers?: readonly string[] },
): readonly BlocShares[] {
  const { statements, rest } = select(country, mineral, options, "export", ["euMembers"]);
  const eu = new Set<string>(
    rest.euMembers === undefined
      ? []
      : requireStringArray(rest.euMembers, "options.euMembers").map(
          (m, i) => requireCountry(m, `options.euMembers[${i}]`).alpha2,
        ),
  );
  return Object.freeze(
    statements.map((s) => {
      const sums = { CN: 0, RU: 0, EU: 0, US: 0, others: 0, unattributed: 0 };
      for (const p of s.parts) {
        if (p.partner === "REGION" || p.partner === "OTHER") sums.unattributed += p.share;
        else if (p.partner === "EU" || eu.has(p.partner)) sums.EU += p.share;
        else if (p.partner === "CN" || p.partner === "RU" || p.partner === "US") sums[p.partner] += p.share;
        else sums.others += p.share;
      }
      return Object.freeze({
        year: s.year,
        ...(s.period === undefined ? {} : { period: s.period }),
        source: s.source,
        measure: s.measure,
        CN: round(sums.CN),
        RU: round(sums.RU),
        EU: round(sums.EU),
        US: round(sums.US),
        others: round(sums.others),
        unattributed: round(sums.unattributed),
        unstated: round(Math.max(0, 100 - s.coverage)),
      });
    }),
  );
}

/**
 * Who buys from a country, seen from the buyers' side: each statement in which another country reports the
 * share of its imports of the mineral that comes from the country (the US EIA's origin of uranium, China's
 * imports by supplier), newest first.
 *
 * @category Trade
 * @example
 * ```ts
 * import { suppliedBy } from "c5-minerals/trade";
 * suppliedBy("UZ", "uranium").map((s) => [s.year, s.importer, s.share]); // [[2024, "US", 9], [2023, "US", 10], [2022, "US", 11]]
 * ```
 */
export function suppliedBy(country: string, mineral: string, options?: TradeQueryOptions): readonly SupplierShare[] {
  const code = requireCountry(country, "country").alpha2;
  const { flows, rest } = flowsOption(options, "options", ["year", "source"]);
  const year = optional(rest.year, "options.year", (v, n) => requireInteger(v, n, 1900, 2100));
  const source = optional(rest.source, "options.source", (v, n) => requireSource(v, n).id);
  const { statements } = statementsOf(
    flows,
    mineral,
    "mineral",
    (f) =>
      f.direction === "import" &&
      f.reporter !== code &&
      (year === undefined || f.year === year) &&
      (source === undefined || f.source === source),
  );
  return Object.freeze(
    statements.flatMap((s) => {
      const mine = s.parts.find((p) => p.partner === code);
      if (mine === undefined) return [];
      const rank = s.parts.findIndex((p) => p === mine) + 1;
      return [
        Object.freeze({
          importer: s.reporter,
          year: s.year,
          ...(s.period === undefined ? {} : { period: s.period }),
          source: s.source,
          measure: s.measure,
          share: mine.share,
          computed: mine.computed,
          rank,
          ...(mine.flow.total === undefined ? {} : { total: mine.flow.total }),
        }),
      ];
    }),
  );
}

/**
 * A country's share in another country's imports of a mineral.
 *
 * @category Trade
 */
export interface SupplierShare {
  /** The importing country that reports it. */
  readonly importer: string;
  readonly year: number;
  /** The months covered, when the importer's statement covers less than the year. */
  readonly period?: string;
  readonly source: string;
  readonly measure: string;
  /** The country's share of the importer's total, in percent. */
  readonly share: number;
  /** True when the share was computed from the statement's values or quantities, not stated by the source. */
  readonly computed: boolean;
  /** The country's rank among the importer's listed suppliers (1 = largest). */
  readonly rank: number;
  /** The importer's total, when the source prints it. */
  readonly total?: { readonly amount: number; readonly unit: string };
}
