import { optional, requireInteger, requireOptions, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { MEASURES } from "../core/vocabulary.js";
import { requireCountry } from "../datasets/countries.js";
import { figures as allFigures, type FigureRecord, figureTables, requireVintage } from "../datasets/figures.js";
import { requireMineral } from "../datasets/minerals.js";

let worldFigures: readonly FigureRecord[] | undefined;
/**
 * The figures of world tables only: alternative figures (national or company sources) are kept apart
 * and never enter shares, rankings or series unless asked for by vintage.
 */
function figuresOfWorldTables(): readonly FigureRecord[] {
  if (worldFigures === undefined) {
    const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
    worldFigures = allFigures.filter((f) => !alternative.has(f.table));
  }
  return worldFigures;
}

import type { Measure } from "../schemas/figure.js";

/**
 * Measures that count as output (everything but reserves and capacity).
 *
 * @category Queries
 */
export const PRODUCTION_MEASURES: readonly Measure[] = Object.freeze([
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
]);

/**
 * Which column of which source table an analytic reads: a mineral and measure, optionally pinned down further.
 *
 * @category Queries
 */
export interface ColumnSelector {
  /** Mineral id, e.g. `"chromium"`. */
  mineral: string;
  /** What is measured; default: the mineral's first production measure in the data. */
  measure?: Measure;
  /** Year; default: the newest year the vintage gives for the measure. */
  year?: number;
  /** Edition, e.g. `"usgs-mcs-2025"`; default: the newest one with the measure. */
  vintage?: string;
  /** Form, when a table has several for one measure (silicon: ferrosilicon or silicon metal). */
  form?: string;
}

/**
 * One column of one source table: every row for a mineral, measure, form and year in one edition, so all
 * values share a unit and a basis. Analytics only ever compare values within one column.
 *
 * @category Queries
 */
export interface SupplyColumn {
  /** Mineral id. */
  mineral: string;
  /** What is measured. */
  measure: Measure;
  /** The year. */
  year: number;
  /** The edition. */
  vintage: string;
  /** The source table id. */
  table: string;
  /** The source id. */
  source: string;
  /** Unit of every value in the column. */
  unit: FigureRecord["unit"];
  /** Basis of every value in the column. */
  basis: FigureRecord["basis"];
  /** What is weighed, in the source's words. */
  form: string | undefined;
  /** The country rows (not WORLD or OTHER) that measure the column's quantity. */
  countries: readonly FigureRecord[];
  /**
   * Country rows whose label qualifies what they measure ("Peru (exports)", "Sweden (concentrates)"):
   * the source counts them into the world total, but they are not the column's quantity, so rankings,
   * shares and concentration leave them out and list them here.
   */
  qualified: readonly FigureRecord[];
  /** The source's "other countries" row, if it has one. */
  other: FigureRecord | undefined;
  /** The world total, if the source gives one. */
  world: FigureRecord | undefined;
}

const newest = (values: Iterable<string>) => [...values].sort().at(-1);

/**
 * Picks one column of one source table. Throws a `RangeError` that says what to add when the selector
 * matches nothing, or several forms or units (it never mixes them).
 *
 * @category Queries
 * @example
 * ```ts
 * import { supplyColumn } from "c5-minerals/figures";
 * const column = supplyColumn({ mineral: "chromium", measure: "mine-production", year: 2024, vintage: "usgs-mcs-2025" });
 * column.unit; // "kt"
 * column.world?.value; // 47000
 * ```
 */
export function supplyColumn(selector: ColumnSelector): SupplyColumn {
  selector = requireSelector(selector, "selector");
  const { mineral } = selector;
  let pool = (selector.vintage === undefined ? figuresOfWorldTables() : allFigures).filter((f) => f.mineral === mineral);
  if (pool.length === 0) throw new RangeError(`No figures for mineral '${mineral}'`);
  const measure = selector.measure ?? PRODUCTION_MEASURES.find((m) => pool.some((f) => f.measure === m)) ?? pool[0]?.measure;
  pool = pool.filter((f) => f.measure === measure);
  if (pool.length === 0) throw new RangeError(`No ${measure} figures for '${mineral}'`);
  const vintage = selector.vintage ?? newest(pool.map((f) => f.vintage));
  pool = pool.filter((f) => f.vintage === vintage);
  if (pool.length === 0) throw new RangeError(`No ${measure} figures for '${mineral}' in vintage '${selector.vintage}'`);
  const year = selector.year ?? Math.max(...pool.map((f) => f.year));
  pool = pool.filter((f) => f.year === year);
  if (pool.length === 0) throw new RangeError(`No ${measure} figures for '${mineral}' in ${year} (vintage ${vintage})`);
  if (selector.form !== undefined) pool = pool.filter((f) => f.form === selector.form);
  const variants = new Set(pool.map((f) => `${f.table}|${f.form ?? ""}|${f.unit}|${f.basis}`));
  if (variants.size !== 1) {
    const forms = [...new Set(pool.map((f) => f.form ?? "(none)"))].join("', '");
    throw new RangeError(
      pool.length === 0
        ? `No ${measure} figures for '${mineral}' in ${year} with form '${selector.form}'`
        : `Several columns match ${mineral} ${measure} ${year}: pass one of the forms '${forms}'`,
    );
  }
  const first = pool[0] as FigureRecord;
  return {
    mineral,
    measure: first.measure,
    year,
    vintage: first.vintage,
    table: first.table,
    source: first.source,
    unit: first.unit,
    basis: first.basis,
    form: first.form,
    countries: pool.filter((f) => f.country !== "WORLD" && f.country !== "OTHER" && f.qualifier === undefined),
    qualified: pool.filter((f) => f.country !== "WORLD" && f.country !== "OTHER" && f.qualifier !== undefined),
    other: pool.find((f) => f.country === "OTHER"),
    world: pool.find((f) => f.country === "WORLD"),
  };
}

/**
 * A country's value set against the world total of the same column.
 *
 * @category Queries
 */
export interface WorldShare {
  /** The country's figure. */
  figure: FigureRecord;
  /** The WORLD figure of the same table, measure, form and year (the denominator). */
  world: FigureRecord;
  /**
   * figure.value / world.value, in [0, 1]; null when either is not a number, the world total is a bound,
   * or the figure is qualified (it measures something else, e.g. exports).
   */
  share: number | null;
  /** The figure's qualifier ("exports"), when its row measures something other than the world total. */
  qualifier: string | undefined;
  /** Countries the world total excludes, as the source says (e.g. the United States). */
  worldExcludes: readonly string[];
}

function shareOf(figure: FigureRecord, world: FigureRecord): WorldShare {
  const share =
    figure.value !== null &&
    figure.qualifier === undefined &&
    world.value !== null &&
    world.value > 0 &&
    world.bound === undefined
      ? figure.value / world.value
      : null;
  return { figure, world, share, worldExcludes: world.excludes ?? [], qualifier: figure.qualifier };
}

/**
 * The world shares of one country for one mineral: one result per source-table column (measure and
 * form) in the chosen year and vintage (default: the newest vintage, then its newest year with a
 * figure for the country). Values are compared only within one table, so units and bases never mix.
 *
 * @category Queries
 * @example
 * ```ts
 * import { worldShares } from "c5-minerals/figures";
 * const [chromite] = worldShares("KZ", "chromium", { measure: "mine-production", vintage: "usgs-mcs-2025" });
 * chromite?.figure.form; // "marketable chromite ore"
 * Math.round((chromite?.share ?? 0) * 1000) / 10; // 13.8 (% of world output, 2024, as MCS 2025 prints it)
 * ```
 */
export function worldShares(
  country: string,
  mineral: string,
  options: { measure?: Measure; year?: number; vintage?: string } = {},
): WorldShare[] {
  country = requireCountry(country, "country").alpha2;
  mineral = requireMineral(mineral, "mineral").id;
  options = checkedOptions(options, "options", ["measure", "year", "vintage"]);
  const measures = options.measure === undefined ? PRODUCTION_MEASURES : [options.measure];
  const candidates = figuresOfWorldTables().filter((f) => f.mineral === mineral && measures.includes(f.measure));
  const vintage = options.vintage ?? newest(candidates.filter((f) => f.country === country).map((f) => f.vintage));
  const mine = candidates.filter((f) => f.country === country && f.vintage === vintage);
  if (mine.length === 0) return [];
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
    if (world !== undefined) results.push(shareOf(figure, world));
  }
  return results;
}

/**
 * Everything a country produces according to the package's figures: for each mineral, its newest
 * vintage and year, each production column with its world share.
 *
 * @category Queries
 * @example
 * ```ts
 * import { productionProfile } from "c5-minerals/figures";
 * const uz = productionProfile("UZ");
 * uz.map((s) => s.figure.mineral).includes("gold"); // true
 * ```
 */
export function productionProfile(country: string): WorldShare[] {
  country = requireCountry(country, "country").alpha2;
  const produced = new Set(
    figuresOfWorldTables()
      .filter((f) => f.country === country && PRODUCTION_MEASURES.includes(f.measure))
      .map((f) => f.mineral),
  );
  return [...produced].sort().flatMap((mineral) => worldShares(country, mineral));
}

/**
 * A point of a country's series for one mineral and measure.
 *
 * @category Queries
 */
export interface SeriesPoint {
  /** The year. */
  year: number;
  /** The figure for that year. */
  figure: FigureRecord;
}

/**
 * A country's figures for one mineral and measure, year by year, from one vintage (default: the newest
 * world-table edition that has the country), so revisions between editions never mix into one series.
 * Alternative figures (company or national sources) are returned only when their vintage is named.
 *
 * @category Queries
 * @example
 * ```ts
 * import { figureSeries } from "c5-minerals/figures";
 * figureSeries("KZ", "uranium", "mine-production").map((p) => p.year); // [2015, ..., 2024]
 * ```
 */
export function figureSeries(
  country: string,
  mineral: string,
  measure: Measure,
  options: { vintage?: string; form?: string } = {},
): SeriesPoint[] {
  country = requireCountry(country, "country").alpha2;
  mineral = requireMineral(mineral, "mineral").id;
  measure = requireOneOf(measure, "measure", MEASURES);
  options = checkedOptions(options, "options", ["vintage", "form"]);
  const own = (options.vintage === undefined ? figuresOfWorldTables() : allFigures).filter(
    (f) =>
      f.country === country &&
      f.mineral === mineral &&
      f.measure === measure &&
      (options.form === undefined || f.form === options.form),
  );
  const vintage = options.vintage ?? newest(own.map((f) => f.vintage));
  const points = own.filter((f) => f.vintage === vintage);
  const forms = new Set(points.map((f) => f.form ?? ""));
  if (forms.size > 1)
    throw new RangeError(`Several forms for ${country} ${mineral} ${measure}: pass one of '${[...forms].join("', '")}'`);
  return points.map((figure) => ({ year: figure.year, figure })).sort((a, b) => a.year - b.year);
}

/** Options of the shares and series queries, checked: measure, year, vintage and form as their types say. */
function checkedOptions<T extends { measure?: Measure; year?: number; vintage?: string; form?: string }>(
  value: unknown,
  name: string,
  keys: readonly (keyof T & string)[],
): T {
  const o = requireOptions<T>(value, name, keys);
  const out = {} as T;
  const measure = optional(o.measure, `${name}.measure`, (v, n) => requireOneOf(v, n, MEASURES));
  const year = optional(o.year, `${name}.year`, (v, n) => requireInteger(v, n, 1900, 2100));
  const vintage = optional(o.vintage, `${name}.vintage`, requireVintage);
  const form = optional(o.form, `${name}.form`, requireString);
  if (measure !== undefined) out.measure = measure;
  if (year !== undefined) out.year = year;
  if (vintage !== undefined) out.vintage = vintage;
  if (form !== undefined) out.form = form;
  return out;
}

/**
 * A selector checked at the boundary, its mineral resolved to an id (internal: used by every query that
 * takes a {@link ColumnSelector}).
 */
export function requireSelector(value: unknown, name: string): ColumnSelector {
  const s = requireOptions<ColumnSelector>(value, name, ["mineral", "measure", "year", "vintage", "form"], false);
  const out: ColumnSelector = { mineral: requireMineral(s.mineral, `${name}.mineral`).id };
  const measure = optional(s.measure, `${name}.measure`, (v, n) => requireOneOf(v, n, MEASURES));
  const year = optional(s.year, `${name}.year`, (v, n) => requireInteger(v, n, 1900, 2100));
  const vintage = optional(s.vintage, `${name}.vintage`, requireVintage);
  const form = optional(s.form, `${name}.form`, requireString);
  if (measure !== undefined) out.measure = measure;
  if (year !== undefined) out.year = year;
  if (vintage !== undefined) out.vintage = vintage;
  if (form !== undefined) out.form = form;
  return out;
}
