import * as z from "zod";
import { kindOf } from "../datasets/args.js";
import { Basis, type Figure, FigureArea, FigureTable, Measure, Unit } from "../schemas/figure.js";
import { isCellProblem, parseUsgsCell } from "./cell.js";

/**
 * A source table transcribed cell by cell exactly as printed, with the meaning of each column stated
 * once. This is how curated figures are stored in `data/figures/`: a reviewer compares the rows with the
 * source page, and {@link figuresFromTable} turns them into {@link Figure} records.
 *
 * @category Validation
 * @example
 * ```ts
 * import { TranscribedTable } from "c5-minerals/validate";
 * TranscribedTable.shape.columns.description;
 * ```
 */
export const TranscribedTable = z
  .strictObject({
    $schema: z.string().optional(),
    table: FigureTable,
    columns: z
      .array(
        z.strictObject({
          key: z.string().min(1),
          header: z.string().min(1).meta({ description: "The column header as printed." }),
          measure: Measure,
          year: z.number().int().min(1900).max(2100),
          unit: Unit,
          basis: Basis,
          form: z.string().min(1).optional(),
          estimated: z
            .boolean()
            .optional()
            .meta({ description: "True when the header marks the whole column estimated ('2024e')." }),
        }),
      )
      .min(1)
      .meta({ description: "What each column measures, in which unit and basis." }),
    estimateMarks: z.enum(["read", "lost"]).optional().meta({
      description:
        "'lost' when the copy the table was read from dropped the row-level 'e' marks: a number that is not in an estimated column, not on a row known to be estimated and not footnoted 'Reported' is then 'reported-or-estimated', never 'reported'. Default 'read'.",
    }),
    reportedFootnotes: z
      .array(z.string().regex(/^\d{1,2}$/))
      .optional()
      .meta({
        description: "Footnote markers that mean 'Reported': a cell carrying one is reported even in an estimated column.",
      }),
    rows: z
      .array(
        z.strictObject({
          country: FigureArea,
          printedName: z.string().min(1).meta({ description: "The row label as printed." }),
          cells: z.record(z.string(), z.string()).meta({ description: "Column key to the cell as printed." }),
          estimated: z
            .boolean()
            .optional()
            .meta({ description: "True when the row label carries the 'e' mark ('Kazakhstane')." }),
          excludes: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
          note: z.string().min(1).optional(),
        }),
      )
      .min(1),
  })
  .meta({ id: "TranscribedTable", description: "A source table transcribed as printed, with typed columns." });
/**
 * A source table transcribed as printed.
 *
 * @category Validation
 */
export type TranscribedTable = z.infer<typeof TranscribedTable>;

/**
 * A cell of a transcribed table that could not be read, with where it is.
 *
 * @category Validation
 */
export interface TableProblem {
  /** Where: `rows[3].cells.p2024`. */
  path: string;
  /** What is wrong. */
  message: string;
}

/**
 * Turns a transcribed table into Figure records, one per cell, or lists every cell it could not read.
 *
 * @category Validation
 * @example
 * ```ts
 * import { figuresFromTable } from "c5-minerals/validate";
 * const { figures, problems } = figuresFromTable({
 *   table: { id: "t", source: "s", vintage: "v", mineral: "zinc", title: "T", unitNote: "kt",
 *     c5Listed: [], c5NotListed: [], sumTolerance: 0 },
 *   columns: [{ key: "p", header: "2024e", measure: "mine-production", year: 2024, unit: "kt", basis: "contained" }],
 *   rows: [{ country: "WORLD", printedName: "World total", cells: { p: "e12,000" } }],
 * });
 * figures[0]?.status; // "estimated"
 * problems.length; // 0
 * ```
 */
export function figuresFromTable(input: TranscribedTable): { figures: Figure[]; problems: TableProblem[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    throw new TypeError(`input must be a transcribed table (an object), got ${kindOf(input)}`);
  const checked = TranscribedTable.safeParse(input);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new RangeError(
      `input${first?.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("") ?? ""}: ${first?.message ?? "not a transcribed table"}`,
    );
  }
  const figures: Figure[] = [];
  const problems: TableProblem[] = [];
  const { table } = input;
  input.rows.forEach((row, rowIndex) => {
    for (const [key, printed] of Object.entries(row.cells)) {
      const column = input.columns.find((c) => c.key === key);
      const path = `rows[${rowIndex}].cells.${key}`;
      if (column === undefined) {
        problems.push({ path, message: `No column has key '${key}'` });
        continue;
      }
      const cell = parseUsgsCell(printed);
      if (isCellProblem(cell)) {
        problems.push({ path, message: cell.reason });
        continue;
      }
      const markedReported = cell.footnotes.some((m) => input.reportedFootnotes?.includes(m) === true);
      const estimated = cell.status === "reported" && !markedReported && (column.estimated === true || row.estimated === true);
      const unsure = cell.status === "reported" && !estimated && !markedReported && input.estimateMarks === "lost";
      const figure: Figure = {
        country: row.country,
        mineral: table.mineral,
        measure: column.measure,
        basis: column.basis,
        year: column.year,
        value: cell.value,
        unit: column.unit,
        status: estimated ? "estimated" : unsure ? "reported-or-estimated" : cell.status,
        printed,
        source: table.source,
        table: table.id,
        vintage: table.vintage,
      };
      if (column.form !== undefined) figure.form = column.form;
      if (cell.bound !== undefined) figure.bound = cell.bound;
      if (row.excludes !== undefined) figure.excludes = row.excludes;
      if (row.note !== undefined) figure.note = row.note;
      figures.push(figure);
    }
  });
  return { figures, problems };
}
