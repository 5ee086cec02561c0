import { requireOptions } from "../core/guards.js";
import { type EditionRecord, editions } from "../datasets/editions.js";
import { figureTables, requireSeries } from "../datasets/figures.js";
import { requireMineral } from "../datasets/minerals.js";

/**
 * Whether an edition holds a table of a mineral: `present` (the package holds one or more), `absent` (the
 * edition was read and USGS printed no world table with a C5 row), or `not-read` (no copy read yet, or no
 * reason recorded).
 *
 * @category Queries
 */
export type CoverageStatus = "present" | "absent" | "not-read";

/**
 * One mineral in one edition.
 *
 * @category Queries
 */
export interface CoverageCell {
  /** The edition, e.g. `usgs-mcs-2025`. */
  edition: string;
  /** Whether the edition holds a table of the mineral. */
  status: CoverageStatus;
  /** Ids of the tables the package holds (empty unless `present`). */
  tables: string[];
  /** Why there is no table, as the editions dataset records it; undefined when `present`. */
  reason: string | undefined;
}

/**
 * One mineral across the editions, oldest first.
 *
 * @category Queries
 */
export interface CoverageRow {
  /** Mineral id. */
  mineral: string;
  /** One cell per edition, in the order of {@link EditionCoverage.editions}. */
  cells: CoverageCell[];
}

/**
 * The coverage view: every mineral with a table in some edition of a series, against every edition.
 *
 * @category Queries
 */
export interface EditionCoverage {
  /** The series, e.g. `usgs-mcs`. */
  series: string;
  /** The editions of the series, oldest first. */
  editions: string[];
  /** One row per mineral, alphabetical by id. */
  rows: CoverageRow[];
  /** Why there are no rows, when the series has no edition in the editions dataset; undefined otherwise. */
  reason: string | undefined;
}

/** What a cell says when an edition has neither a table nor a recorded reason. */
const UNRECORDED = "The package holds no table of this edition for the mineral and records no reason; treat it as not yet read.";

/** One cell: the edition's tables of the mineral, or its recorded gap. */
function cellOf(edition: EditionRecord, mineral: string): CoverageCell {
  const tables = figureTables.filter((t) => t.vintage === edition.id && t.mineral === mineral).map((t) => t.id);
  if (tables.length > 0) return { edition: edition.id, status: "present", tables, reason: undefined };
  const gap = edition.gaps.find((g) => g.mineral === mineral);
  return { edition: edition.id, status: gap?.status ?? "not-read", tables: [], reason: gap?.reason ?? UNRECORDED };
}

/**
 * Which editions hold a table of which mineral: for every mineral with a world table in some edition of a
 * series (default the USGS Mineral Commodity Summaries), each edition's status: `present`, `absent` (USGS
 * printed no table naming a C5 state) or `not-read`, with the tables or the reason. `options.mineral` keeps
 * one mineral (by id or name); a mineral no edition has a table of gives one row of `not-read` cells, saying
 * so. A known series the editions dataset does not describe (the World Nuclear Association tables) gives no
 * rows and a `reason`. Throws a `RangeError` naming the option for an unknown mineral or series.
 *
 * @category Queries
 * @example
 * ```ts
 * import { editionCoverage } from "c5-minerals/figures";
 * const iodine = editionCoverage({ mineral: "iodine" }).rows[0];
 * iodine?.cells.map((c) => c.status); // ["not-read", "present", "present", "present", "present"]
 * editionCoverage().editions; // ["usgs-mcs-2022", "usgs-mcs-2023", "usgs-mcs-2024", "usgs-mcs-2025", "usgs-mcs-2026"]
 * ```
 */
export function editionCoverage(options: { mineral?: string; series?: string } = {}): EditionCoverage {
  requireOptions(options, "options", ["mineral", "series"]);
  const mineral = options.mineral === undefined ? undefined : requireMineral(options.mineral, "options.mineral").id;
  const series = options.series === undefined ? "usgs-mcs" : requireSeries(options.series, "options.series");
  const ofSeries = editions.filter((e) => e.series === series).sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set<string>(ofSeries.map((e) => e.id));
  const minerals =
    mineral !== undefined
      ? [mineral]
      : [...new Set(figureTables.filter((t) => ids.has(t.vintage) && t.kind !== "alternative").map((t) => t.mineral))].sort();
  if (ofSeries.length === 0)
    return {
      series,
      editions: [],
      rows: [],
      reason: `The editions dataset records no edition of series '${series}' (it records ${[...new Set(editions.map((e) => e.series))].join(", ")}).`,
    };
  return {
    series,
    reason: undefined,
    editions: ofSeries.map((e) => e.id),
    rows: minerals.map((m) => ({ mineral: m, cells: ofSeries.map((e) => cellOf(e, m)) })),
  };
}

/**
 * The coverage view as a Markdown table (mineral × edition: `table`, `absent`, `not read`), the form the
 * documentation prints; footnote-free, so reasons are left to {@link editionCoverage}.
 *
 * @category Queries
 * @example
 * ```ts
 * import { editionCoverageMarkdown } from "c5-minerals/figures";
 * editionCoverageMarkdown().split("\n")[0]; // "| mineral        | MCS 2022 | MCS 2023 | MCS 2024 | MCS 2025 | MCS 2026 |"
 * ```
 */
export function editionCoverageMarkdown(options: { series?: string } = {}): string {
  requireOptions(options, "options", ["series"]);
  const coverage = editionCoverage(options.series === undefined ? {} : { series: options.series });
  const label = (id: string) => id.replace(/^usgs-mcs-(\d{4})$/, "MCS $1");
  const word = { present: "table", absent: "absent", "not-read": "not read" } as const;
  const table = [
    ["mineral", ...coverage.editions.map(label)],
    ...coverage.rows.map((r) => [r.mineral, ...r.cells.map((c) => word[c.status])]),
  ];
  // columns padded to one width, as Markdown formatters align them
  const widths = (table[0] ?? []).map((_, i) => Math.max(3, ...table.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [head = [], ...body] = table;
  const lines = [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)];
  return lines.join("\n");
}
