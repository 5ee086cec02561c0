import { kindOf, optional, requireFinite, requireInteger, requireString } from "../core/guards.js";
import type { Figure, FigureTable } from "../schemas/figure.js";

/**
 * The fields of a figure that {@link columnSums} reads.
 *
 * @category Validation
 */
export type SummableFigure = Pick<Figure, "country" | "measure" | "year" | "value" | "bound" | "form" | "unit"> & {
  readonly table: string;
  /** The figure's status; a `less-than-half-unit` row ("s") counts as 0, inside the table's tolerance. */
  readonly status?: Figure["status"];
};

/**
 * The sum of one column of a source table against its world total.
 *
 * @category Validation
 */
export interface ColumnSum {
  /** The measure of the column. */
  measure: Figure["measure"];
  /** The year of the column. */
  year: number;
  /** The form of the column, when the table has several for one measure and year. */
  form: string | undefined;
  /** Sum of every row except WORLD (countries plus OTHER). */
  rowSum: number;
  /** The world total, or null when the table gives none as a number. */
  world: number | null;
  /** Whether |rowSum - world| is within the table's `sumTolerance`. */
  withinTolerance: boolean;
  /** Why the column cannot be checked (a row not available, a bound), if it cannot. */
  skipped?: string;
}

/**
 * Adds up each column of a source table (every country row plus "other countries") and compares it with
 * the world total, within the table's stated rounding tolerance. A row printed "s" (status
 * `less-than-half-unit`: more than zero, less than half a unit) counts as 0, an error under half a unit that the
 * tolerance absorbs. Columns with a missing value or a bound are reported as skipped with the reason, never
 * silently passed.
 *
 * @category Validation
 * @example
 * ```ts
 * import { columnSums } from "c5-minerals/validate";
 * const table = { id: "t", sumTolerance: 1 };
 * const f = (country: string, value: number) => ({ country, measure: "mine-production", year: 2024,
 *   value, unit: "kt", table: "t" }) as const;
 * columnSums(table, [f("KZ", 2), f("OTHER", 3), f("WORLD", 5)])[0]?.withinTolerance; // true
 * ```
 */
export function columnSums(table: Pick<FigureTable, "id" | "sumTolerance">, figures: readonly SummableFigure[]): ColumnSum[] {
  if (table === null || typeof table !== "object" || Array.isArray(table))
    throw new TypeError(`table must be a figure table (an object), got ${kindOf(table)}`);
  requireString(table.id, "table.id");
  requireFinite(table.sumTolerance, "table.sumTolerance");
  if (!Array.isArray(figures)) throw new TypeError(`figures must be an array of figures, got ${kindOf(figures)}`);
  figures.forEach((f, i) => {
    const name = `figures[${i}]`;
    if (f === null || typeof f !== "object" || Array.isArray(f))
      throw new TypeError(`${name} must be a figure (an object), got ${kindOf(f)}`);
    for (const key of ["country", "measure", "unit", "table"] as const) requireString(f[key], `${name}.${key}`);
    requireInteger(f.year, `${name}.year`);
    if (f.value !== null) requireFinite(f.value, `${name}.value`);
    optional(f.status, `${name}.status`, requireString);
    optional(f.form, `${name}.form`, requireString);
  });
  const groups = new Map<string, SummableFigure[]>();
  for (const f of figures) {
    if (f.table !== table.id) continue;
    const key = `${f.measure}|${f.year}|${f.form ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [f]);
    else group.push(f);
  }
  const sums: ColumnSum[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const world = group.find((f) => f.country === "WORLD");
    const rows = group.filter((f) => f.country !== "WORLD");
    const tiny = (f: SummableFigure) => f.value === null && f.status === "less-than-half-unit";
    const rowSum = rows.reduce((total, f) => total + (f.value ?? 0), 0);
    const base = { measure: first.measure, year: first.year, form: first.form, rowSum, world: world?.value ?? null };
    let skipped: string | undefined;
    if (world === undefined) skipped = "no world total";
    else if (world.value === null) skipped = "world total not available";
    else if (world.bound !== undefined) skipped = "world total is a bound";
    else if (rows.some((f) => f.value === null && !tiny(f))) skipped = "a row is withheld or not available";
    else if (rows.some((f) => f.bound !== undefined)) skipped = "a row is a bound";
    else if (rows.some((f) => f.unit !== world.unit)) skipped = "rows in different units";
    const within = skipped === undefined && Math.abs(rowSum - (world?.value ?? 0)) <= table.sumTolerance;
    sums.push(skipped === undefined ? { ...base, withinTolerance: within } : { ...base, withinTolerance: false, skipped });
  }
  return sums;
}
