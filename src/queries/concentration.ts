import { compareText } from "../core/order.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import type { FigureRecord } from "../datasets/figures.js";
import { type ColumnSelector, type SupplyColumn, supplyColumn } from "./supply.js";

/**
 * One producer in a ranking.
 *
 * @category Queries
 */
export interface RankedProducer {
  /** 1 for the largest producer; ties share no rank (order then follows the country code). */
  rank: number;
  /** The country's figure. */
  figure: FigureRecord;
  /** Share of the world total, or null when the world total is missing, zero or a bound. */
  share: number | null;
}

/**
 * What an analytic divided by, and how much of the world the named countries cover.
 *
 * @category Queries
 */
export interface Denominator {
  /** The world total used, in the column's unit (null when the source gives none as a number). */
  worldTotal: number | null;
  /** Countries the world total leaves out, as the source says. */
  worldExcludes: readonly string[];
  /** Sum of the named countries' values divided by the world total: how much of the world the ranking covers. */
  coverage: number | null;
  /**
   * Country rows left out because their label qualifies what they measure ("Peru (exports)"): they are
   * not ranked, not in the HHI and not in `coverage`.
   */
  qualified: readonly FigureRecord[];
}

/**
 * A producer ranking for one source-table column.
 *
 * @category Queries
 */
export interface ProducerRanking extends Denominator {
  /** The column ranked: mineral, measure, year, vintage, unit, basis, form and source. */
  column: SupplyColumn;
  /** Countries with a number, largest first. */
  ranked: RankedProducer[];
  /** Countries listed without a number (withheld, not available, not applicable or less than half a unit). */
  unranked: FigureRecord[];
}

function denominator(column: SupplyColumn, named: number): Denominator {
  const world = column.world;
  const worldTotal = world?.value ?? null;
  const usable = worldTotal !== null && worldTotal > 0 && world?.bound === undefined;
  return {
    worldTotal,
    worldExcludes: world?.excludes ?? [],
    coverage: usable ? named / worldTotal : null,
    qualified: column.qualified,
  };
}

/**
 * Ranks the countries a source table names for a mineral and measure, largest first, with each one's
 * share of the world total. "Other countries" is not a producer and is never ranked.
 *
 * @category Queries
 * @example
 * ```ts
 * import { producerRanking } from "c5-minerals/figures";
 * const ranking = producerRanking({ mineral: "chromium", measure: "mine-production" });
 * ranking.ranked[0]?.figure.country; // "ZA"
 * ranking.column.unit; // "kt"
 * ```
 */
export function producerRanking(selector: ColumnSelector): ProducerRanking {
  const column = supplyColumn(selector);
  const withValue = column.countries.filter((f) => f.value !== null);
  const sorted = [...withValue].sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || compareText(a.country, b.country));
  const world = column.world;
  const worldValue = world?.value ?? null;
  const divisible = worldValue !== null && worldValue > 0 && world?.bound === undefined;
  let rank = 0;
  let previous: number | null = null;
  const ranked = sorted.map((figure, index) => {
    if (figure.value !== previous) rank = index + 1;
    previous = figure.value;
    return { rank, figure, share: divisible && figure.value !== null ? figure.value / worldValue : null };
  });
  const named = withValue.reduce((sum, f) => sum + (f.value ?? 0), 0);
  return { column, ranked, unranked: column.countries.filter((f) => f.value === null), ...denominator(column, named) };
}

/**
 * How concentrated supply is in one source-table column.
 *
 * @category Queries
 */
export interface Concentration extends Denominator {
  /** The column measured. */
  column: SupplyColumn;
  /** Herfindahl–Hirschman index over the named countries' shares of the world total, in percent squared: 0 to 10,000. */
  hhi: number | null;
  /** Share of the largest producer. */
  top1Share: number | null;
  /** Combined share of the three largest producers. */
  top3Share: number | null;
  /** China's share, or null when China has no number in the column. */
  chinaShare: number | null;
}

/**
 * Concentration of supply: the Herfindahl–Hirschman index (HHI, 0–10,000, over the named countries'
 * shares of the world total), the top-1 and top-3 shares and China's share. "Other countries" is left
 * out of the HHI (its make-up is unknown), so `coverage` says how much of the world the index covers.
 *
 * @category Queries
 * @example
 * ```ts
 * import { concentration } from "c5-minerals/figures";
 * const c = concentration({ mineral: "antimony", measure: "mine-production", vintage: "usgs-mcs-2025" });
 * (c.chinaShare ?? 0) > 0.5; // true
 * c.hhi !== null && c.hhi <= 10_000; // true
 * ```
 */
export function concentration(selector: ColumnSelector): Concentration {
  const ranking = producerRanking(selector);
  const shares = ranking.ranked.map((r) => r.share);
  const known = shares.every((s) => s !== null) && ranking.coverage !== null;
  const hhi = known ? shares.reduce<number>((sum, s) => sum + (100 * (s ?? 0)) ** 2, 0) : null;
  const top = (n: number) => (known ? shares.slice(0, n).reduce<number>((sum, s) => sum + (s ?? 0), 0) : null);
  const china = ranking.ranked.find((r) => r.figure.country === "CN");
  const { column, worldTotal, worldExcludes, coverage, qualified } = ranking;
  return {
    column,
    worldTotal,
    worldExcludes,
    coverage,
    qualified,
    hhi,
    top1Share: top(1),
    top3Share: top(3),
    chinaShare: china?.share ?? null,
  };
}

/**
 * The C5's combined part of one source-table column.
 *
 * @category Queries
 */
export interface C5Share extends Denominator {
  /** The column measured. */
  column: SupplyColumn;
  /** The C5 states' figures in the column (only those the source names). */
  figures: FigureRecord[];
  /** Sum of the C5 values that are numbers, in the column's unit. */
  total: number;
  /** total / world total, or null when that cannot be computed. */
  share: number | null;
  /** C5 states the source names but without a number (withheld, not available, less than half a unit). */
  withoutValue: string[];
}

const C5 = new Set<string>(C5_COUNTRY_CODES);

/**
 * The C5 states' combined value and world share in one source-table column. States the source does not
 * name (folded into "other countries") are not in the sum: the table's `c5NotListed` says which.
 *
 * @category Queries
 * @example
 * ```ts
 * import { c5Share } from "c5-minerals/figures";
 * const gold = c5Share({ mineral: "gold", measure: "mine-production" });
 * gold.figures.map((f) => f.country).sort(); // ["KZ", "UZ"]
 * ```
 */
export function c5Share(selector: ColumnSelector): C5Share {
  const column = supplyColumn(selector);
  const c5 = column.countries.filter((f) => C5.has(f.country));
  const total = c5.reduce((sum, f) => sum + (f.value ?? 0), 0);
  const den = denominator(column, total);
  return {
    column,
    figures: c5,
    total,
    share: den.coverage,
    withoutValue: c5.filter((f) => f.value === null).map((f) => f.country),
    worldTotal: den.worldTotal,
    worldExcludes: den.worldExcludes,
    coverage: den.coverage,
    qualified: den.qualified,
  };
}
