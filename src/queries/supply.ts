import { type FigureRecord, figures } from "../figures.js";
import type { Measure } from "../schemas/figure.js";

/** Measures that count as output (everything but reserves and capacity). */
export const PRODUCTION_MEASURES: readonly Measure[] = Object.freeze([
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
]);

/**
 * A country's figure set against the world total of the same source table, column and year.
 * The share is only computed when both are numbers; it states its denominator (`world`) and what that
 * total leaves out (`worldExcludes`).
 */
export interface WorldShare {
  /** The country's figure. */
  figure: FigureRecord;
  /** The WORLD figure of the same table, measure, form and year (the denominator). */
  world: FigureRecord;
  /** figure.value / world.value, in [0, 1]; null when either is not a number or the world total is a bound. */
  share: number | null;
  /** Countries the world total excludes, as the source says (e.g. the United States). */
  worldExcludes: readonly string[];
}

function newestVintage(records: readonly FigureRecord[]): string | undefined {
  let newest: string | undefined;
  for (const f of records) if (newest === undefined || f.vintage > newest) newest = f.vintage;
  return newest;
}

/**
 * The world shares of one country for one mineral: one result per source-table column (measure and
 * form) in the chosen year and vintage (default: the newest vintage, then its newest year with a
 * figure for the country). Values are compared only within one table, so units and bases never mix.
 *
 * @example
 * ```ts
 * import { worldShares } from "c5-minerals";
 * const [chromite] = worldShares("KZ", "chromium", { measure: "mine-production" });
 * chromite?.figure.form; // "marketable chromite ore"
 * chromite?.share; // 6,500 / 47,000 ≈ 0.138
 * ```
 */
export function worldShares(
  country: string,
  mineral: string,
  options: { measure?: Measure; year?: number; vintage?: string } = {},
): WorldShare[] {
  const measures = options.measure === undefined ? PRODUCTION_MEASURES : [options.measure];
  const candidates = figures.filter((f) => f.mineral === mineral && measures.includes(f.measure));
  const vintage = options.vintage ?? newestVintage(candidates.filter((f) => f.country === country));
  const mine = candidates.filter((f) => f.country === country && f.vintage === vintage);
  const year = options.year ?? Math.max(...mine.map((f) => f.year));
  const results: WorldShare[] = [];
  for (const figure of mine) {
    if (figure.year !== year) continue;
    const world = candidates.find(
      (w) =>
        w.country === "WORLD" &&
        w.table === figure.table &&
        w.measure === figure.measure &&
        w.year === figure.year &&
        w.form === figure.form &&
        w.basis === figure.basis &&
        w.unit === figure.unit,
    );
    if (world === undefined) continue;
    const share =
      figure.value !== null && world.value !== null && world.value > 0 && world.bound === undefined
        ? figure.value / world.value
        : null;
    results.push({ figure, world, share, worldExcludes: world.excludes ?? [] });
  }
  return results;
}

/**
 * Everything a country produces according to the package's figures: for each mineral, its newest
 * vintage and year, each production column with its world share.
 *
 * @example
 * ```ts
 * import { productionProfile } from "c5-minerals";
 * const uz = productionProfile("UZ");
 * uz.map((s) => s.figure.mineral).includes("gold"); // true
 * ```
 */
export function productionProfile(country: string): WorldShare[] {
  const mineralsProduced = new Set(
    figures.filter((f) => f.country === country && PRODUCTION_MEASURES.includes(f.measure)).map((f) => f.mineral),
  );
  return [...mineralsProduced].sort().flatMap((mineral) => worldShares(country, mineral));
}
