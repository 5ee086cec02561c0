import { requireInteger, requireOptions } from "../core/guards.js";
import { compareText } from "../core/order.js";
import { requireOneOf } from "../core/resolve.js";
import { MEASURES } from "../core/vocabulary.js";
import { requireCountry } from "../datasets/countries.js";
import { editions as allEditions, requireEdition } from "../datasets/editions.js";
import { figures as allFigures, type FigureRecord, figureTables, requireSeries, seriesOfVintage } from "../datasets/figures.js";
import { requireMineral } from "../datasets/minerals.js";
import type { FigureStatus, Measure } from "../schemas/figure.js";

/** A country argument: a code or name, or the WORLD and OTHER rows of the tables. */
function areaOf(country: unknown): string {
  const upper = typeof country === "string" ? country.trim().toUpperCase() : "";
  return upper === "WORLD" || upper === "OTHER" ? upper : requireCountry(country, "country").alpha2;
}

/** The edition series of a vintage: `usgs-mcs-2025` belongs to `usgs-mcs`. */
const seriesOf = seriesOfVintage;

let worldTableFigures: readonly FigureRecord[] | undefined;
/** Figures of world tables (alternative national or company figures are not editions of a series). */
function worldFigures(): readonly FigureRecord[] {
  if (worldTableFigures === undefined) {
    const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
    worldTableFigures = allFigures.filter((f) => !alternative.has(f.table));
  }
  return worldTableFigures;
}

/**
 * How one edition's value differs from the previous edition's value for the same observation.
 *
 * @category Queries
 */
export interface RevisionChange {
  /** The previous edition that gives the observation. */
  from: string;
  /** This value minus the previous one, in the unit of both; null when either is not a number. */
  delta: number | null;
  /** `delta` divided by the previous value; null when that is not a number or is zero. */
  relative: number | null;
  /** The previous edition's status. */
  previousStatus: FigureStatus;
  /**
   * True when the value differs from the previous edition, or the status does. A status of
   * `reported-or-estimated` (a copy that lost the estimate marks) does not count as a change of status
   * by itself: it may be either.
   */
  revised: boolean;
}

/**
 * One edition's statement of an observation.
 *
 * @category Queries
 */
export interface RevisionEntry {
  /** The edition, e.g. `usgs-mcs-2025`. */
  vintage: string;
  /** The edition's figure: value, status, printed cell, source and table. */
  figure: FigureRecord;
  /** The change from the previous edition; undefined for the first edition that gives the observation. */
  change: RevisionChange | undefined;
}

/**
 * Every edition's value for one observation (a country, mineral, measure, form and year), oldest edition
 * first, with the change between consecutive editions.
 *
 * @category Queries
 */
export interface Revisions {
  /** Country code, or WORLD / OTHER. */
  country: string;
  /** Mineral id. */
  mineral: string;
  /** What is measured. */
  measure: Measure;
  /** The year observed. */
  year: number;
  /** The edition series compared, e.g. `usgs-mcs`. */
  series: string;
  /** What is weighed, in the source's words, when the figures name it. */
  form: string | undefined;
  /** The editions that give the observation, oldest first. */
  editions: RevisionEntry[];
  /** The newest edition's figure (the `latest` view), or undefined when no edition gives the observation. */
  latest: FigureRecord | undefined;
  /**
   * Editions of the series that hold no table of the mineral, each with the reason the editions dataset
   * records (`absent`: no world table naming a C5 state; `not-read`), so a missing edition is never silent.
   */
  gaps: EditionGapInfo[];
}

/**
 * An edition that holds no table of a mineral, and why.
 *
 * @category Queries
 */
export interface EditionGapInfo {
  /** The edition, e.g. `usgs-mcs-2025`. */
  vintage: string;
  /** `absent` (USGS printed no world table naming a C5 state) or `not-read` (not read yet). */
  status: "absent" | "not-read";
  /** The reason, in the curators' words. */
  reason: string;
}

/** Editions of a series (from the editions dataset) that hold no table of the mineral, with their reasons. */
function gapsOf(mineral: string, series: string): EditionGapInfo[] {
  return allEditions
    .filter((e) => e.series === series && !figureTables.some((t) => t.vintage === e.id && t.mineral === mineral))
    .map((e) => {
      const gap = e.gaps.find((g) => g.mineral === mineral);
      return {
        vintage: e.id,
        status: gap?.status ?? "not-read",
        reason: gap?.reason ?? "The package holds no table of this edition for the mineral and records no reason.",
      };
    });
}

/**
 * Options for {@link revisions}.
 *
 * @category Queries
 */
export interface RevisionOptions {
  /** Form, when the editions give several for one measure (silicon: `ferrosilicon` or `silicon metal`). */
  form?: string;
  /** Edition series, the vintage without its year (default `usgs-mcs`, the USGS Mineral Commodity Summaries). */
  series?: string;
}

/** Whether two statuses differ, leaving aside a status that cannot say whether it was estimated. */
function statusRevised(before: FigureStatus, after: FigureStatus): boolean {
  const unsure = (s: FigureStatus) => s === "reported-or-estimated";
  const open: ReadonlySet<FigureStatus> = new Set(["reported", "estimated", "reported-or-estimated"]);
  if ((unsure(before) && open.has(after)) || (unsure(after) && open.has(before))) return false;
  return before !== after;
}

function checkString(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string`);
  if (value === "") throw new RangeError(`${name} must not be empty`);
}

function checkOptions(options: unknown, keys: readonly string[]): void {
  requireOptions(options, "options", keys);
}

/**
 * How the editions of a source stated one observation, and how each revised the one before: for a country,
 * mineral, measure and year, every edition's figure (value, status, printed cell) and the change from the
 * previous edition. Editions are compared only within one series (default the USGS Mineral Commodity
 * Summaries); the vocabulary is the same in every edition, so values compare in one unit. Throws a
 * `TypeError` or `RangeError` naming the argument that is wrong, and a `RangeError` listing the forms when
 * the measure has several and `options.form` is not given.
 *
 * @category Queries
 * @example
 * ```ts
 * import { revisions } from "c5-minerals/figures";
 * const kz = revisions("KZ", "chromium", "mine-production", 2023);
 * kz.editions.map((e) => [e.vintage, e.figure.value, e.figure.status]); // [["usgs-mcs-2024", 6000, "estimated"], ["usgs-mcs-2025", 6000, "estimated"]]
 * kz.editions[1]?.change?.revised; // false
 * kz.latest?.vintage; // "usgs-mcs-2025"
 * ```
 */
export function revisions(
  country: string,
  mineral: string,
  measure: Measure,
  year: number,
  options: RevisionOptions = {},
): Revisions {
  country = areaOf(country);
  mineral = requireMineral(mineral, "mineral").id;
  checkOptions(options, ["form", "series"]);
  measure = requireOneOf(measure, "measure", MEASURES);
  year = requireInteger(year, "year", 1900, 2100);
  if (options.form !== undefined) checkString("options.form", options.form);
  options = options.series === undefined ? options : { ...options, series: requireSeries(options.series, "options.series") };
  const series = options.series ?? "usgs-mcs";
  const pool = worldFigures().filter(
    (f) =>
      f.country === country &&
      f.mineral === mineral &&
      f.measure === measure &&
      f.year === year &&
      seriesOf(f.vintage) === series &&
      (options.form === undefined || f.form === options.form),
  );
  const forms = [...new Set(pool.map((f) => f.form ?? ""))];
  if (forms.length > 1)
    throw new RangeError(
      `Several forms for ${country} ${mineral} ${measure} ${year}: pass options.form, one of '${forms.join("', '")}'`,
    );
  const byVintage = [...pool].sort((a, b) => compareText(a.vintage, b.vintage));
  const editions: RevisionEntry[] = byVintage.map((figure, index) => {
    const previous = byVintage[index - 1];
    if (previous === undefined) return { vintage: figure.vintage, figure, change: undefined };
    const delta = figure.value !== null && previous.value !== null ? figure.value - previous.value : null;
    const relative = delta !== null && previous.value !== null && previous.value !== 0 ? delta / previous.value : null;
    return {
      vintage: figure.vintage,
      figure,
      change: {
        from: previous.vintage,
        delta,
        relative,
        previousStatus: previous.status,
        revised: figure.value !== previous.value || statusRevised(previous.status, figure.status),
      },
    };
  });
  return {
    country,
    mineral,
    measure,
    year,
    series,
    form: pool[0]?.form,
    editions,
    latest: byVintage.at(-1),
    gaps: gapsOf(mineral, series),
  };
}

const latestBySeries = new Map<string, readonly FigureRecord[]>();

/**
 * The `latest` view: for every observation (country, mineral, measure, form and year) of an edition series,
 * the figure of the newest edition that gives it. An older edition's figure stays only for observations no
 * newer edition states (MCS 2025 gives 2023 and 2024, so 2022 comes from MCS 2024). The result is frozen.
 *
 * @category Queries
 * @example
 * ```ts
 * import { latestFigures } from "c5-minerals/figures";
 * const kz = latestFigures().filter((f) => f.country === "KZ" && f.mineral === "chromium" && f.measure === "mine-production");
 * kz.map((f) => [f.year, f.vintage]); // [[2021, "usgs-mcs-2023"], [2022, "usgs-mcs-2024"], [2023, "usgs-mcs-2025"], [2024, "usgs-mcs-2026"], [2025, "usgs-mcs-2026"]]
 * ```
 */
export function latestFigures(options: { series?: string } = {}): readonly FigureRecord[] {
  checkOptions(options, ["series"]);
  if (options.series !== undefined) options = { series: requireSeries(options.series, "options.series") };
  const series = options.series ?? "usgs-mcs";
  const cached = latestBySeries.get(series);
  if (cached !== undefined) return cached;
  const newest = new Map<string, FigureRecord>();
  for (const f of worldFigures()) {
    if (seriesOf(f.vintage) !== series) continue;
    const key = `${f.country}|${f.mineral}|${f.measure}|${f.form ?? ""}|${f.year}`;
    const held = newest.get(key);
    if (held === undefined || f.vintage > held.vintage) newest.set(key, f);
  }
  const result = Object.freeze([...newest.values()]);
  latestBySeries.set(series, result);
  return result;
}

/**
 * One point of a series across editions: a year's figure and the edition it comes from.
 *
 * @category Queries
 */
export interface EditionSeriesPoint {
  /** The year observed. */
  year: number;
  /** The edition the figure comes from, e.g. `usgs-mcs-2024`. */
  vintage: string;
  /** The value in `unit`, null when withheld or not available. */
  value: number | null;
  /** The unit of the figure. */
  unit: FigureRecord["unit"];
  /** The figure's status (reported, estimated, withheld, ...). */
  status: FigureStatus;
  /** The figure itself: printed cell, source, table, notes. */
  figure: FigureRecord;
}

/**
 * A series across editions, saying which edition each point comes from and which editions say nothing.
 *
 * @category Queries
 */
export interface EditionSeries {
  /** Country code, or WORLD / OTHER. */
  country: string;
  /** Mineral id. */
  mineral: string;
  /** What is measured. */
  measure: Measure;
  /** What is weighed, when the figures name it. */
  form: string | undefined;
  /** The edition series, e.g. `usgs-mcs`. */
  series: string;
  /** `latest` (each year from the newest edition that prints it) or the one edition asked for. */
  edition: string;
  /** The points, by year. Empty when the edition asked for holds no table of the mineral (see `gaps`). */
  points: EditionSeriesPoint[];
  /** Editions that hold no table of the mineral, with the reason; with `options.edition`, only that edition's. */
  gaps: EditionGapInfo[];
}

/**
 * A country's series of one mineral and measure across the editions of a series, each point saying which
 * edition it comes from: by default each year from the newest edition that prints it (`latest`), or, with
 * `options.edition`, only that edition's figures. Editions without a table of the mineral are listed in
 * `gaps` with the reason (`absent`: USGS printed no world table naming a C5 state; `not-read`); asking for
 * such an edition gives no points and that gap, not an error. Country, mineral, measure and edition are
 * resolved like everywhere in the package (codes or names, any case); an unknown one is a `RangeError`
 * naming the parameter. When the measure has several forms, pass `options.form`.
 *
 * @category Queries
 * @example
 * ```ts
 * import { editionSeries } from "c5-minerals/figures";
 * const tm = editionSeries("TM", "iodine", "mine-production");
 * tm.points.map((p) => [p.year, p.vintage]); // [[2021, "usgs-mcs-2023"], [2022, "usgs-mcs-2024"], [2023, "usgs-mcs-2025"], [2024, "usgs-mcs-2026"], [2025, "usgs-mcs-2026"]]
 * tm.gaps.map((g) => [g.vintage, g.status]); // [["usgs-mcs-2022", "not-read"]]
 * const y2022 = editionSeries("Turkmenistan", "iodine", "mine-production", { edition: "usgs-mcs-2022" });
 * [y2022.points.length, y2022.gaps[0]?.status]; // [0, "not-read"]
 * ```
 */
export function editionSeries(
  country: string,
  mineral: string,
  measure: Measure,
  options: { form?: string; edition?: string; series?: string } = {},
): EditionSeries {
  const code = areaOf(country);
  const mineralId = requireMineral(mineral, "mineral").id;
  measure = requireOneOf(measure, "measure", MEASURES);
  checkOptions(options, ["form", "edition", "series"]);
  if (options.form !== undefined) checkString("options.form", options.form);
  if (options.series !== undefined) options = { ...options, series: requireSeries(options.series, "options.series") };
  const asked =
    options.edition === undefined || options.edition === "latest"
      ? undefined
      : requireEdition(options.edition, "options.edition");
  const series = asked?.series ?? options.series ?? "usgs-mcs";
  if (asked !== undefined && options.series !== undefined && options.series !== asked.series)
    throw new RangeError(`options.edition: '${asked.id}' is not of series '${options.series}'`);
  const pool = (asked === undefined ? latestFigures({ series }) : worldFigures().filter((f) => f.vintage === asked.id)).filter(
    (f) =>
      f.country === code &&
      f.mineral === mineralId &&
      f.measure === measure &&
      (options.form === undefined || f.form === options.form),
  );
  const forms = [...new Set(pool.map((f) => f.form ?? ""))];
  if (forms.length > 1)
    throw new RangeError(`Several forms for ${code} ${mineralId} ${measure}: pass options.form, one of '${forms.join("', '")}'`);
  const points = [...pool]
    .sort((a, b) => a.year - b.year)
    .map((figure) => ({
      year: figure.year,
      vintage: figure.vintage,
      value: figure.value,
      unit: figure.unit,
      status: figure.status,
      figure,
    }));
  const gaps = gapsOf(mineralId, series).filter((g) => asked === undefined || g.vintage === asked.id);
  return {
    country: code,
    mineral: mineralId,
    measure,
    form: pool[0]?.form,
    series,
    edition: asked?.id ?? "latest",
    points,
    gaps,
  };
}
