import * as z from "zod";
import { excerpt } from "../core/excerpt.js";
import { kindOf } from "../core/guards.js";
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
          estimated: z.boolean().optional().meta({
            description:
              "True when the row label carries the 'e' mark ('Kazakhstane'). It marks the row's production and capacity cells; reserves cells keep their own status and say in a note that the label was marked.",
          }),
          qualifier: z.string().min(1).optional().meta({
            description:
              "What the row measures instead of the column's quantity, as printed in the label: 'exports' for 'Peru (exports)'. Copied to each figure of the row.",
          }),
          cellMarks: z
            .record(z.string(), z.enum(["estimated", "reported"]))
            .optional()
            .meta({
              description:
                "Column key to the status a note on the row gives that cell ('Also estimated in 2022' makes the 2022 cell estimated; 'Reported in 2022' makes it reported in a column headed estimated). Needs printedNote.",
            }),
          printedNote: z.string().min(1).optional().meta({
            description: "The row's note exactly as printed, when it sets the status of cells (see cellMarks).",
          }),
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
    for (const key of Object.keys(row.cellMarks ?? {})) {
      if (!(key in row.cells))
        problems.push({ path: `rows[${rowIndex}].cellMarks.${key}`, message: `No cell has key '${excerpt(key)}'` });
    }
    if (row.cellMarks !== undefined && row.printedNote === undefined)
      problems.push({ path: `rows[${rowIndex}].printedNote`, message: "cellMarks need the note as printed" });
    for (const [key, printed] of Object.entries(row.cells)) {
      const column = input.columns.find((c) => c.key === key);
      const path = `rows[${rowIndex}].cells.${key}`;
      if (row.qualifier !== undefined && (row.country === "WORLD" || row.country === "OTHER")) {
        problems.push({ path: `rows[${rowIndex}].qualifier`, message: "Only a country row can carry a qualifier" });
        break;
      }
      if (column === undefined) {
        problems.push({ path, message: `No column has key '${excerpt(key)}'` });
        continue;
      }
      const cell = parseUsgsCell(printed);
      if (isCellProblem(cell)) {
        problems.push({ path, message: cell.reason });
        continue;
      }
      const mark = row.cellMarks?.[key];
      const markedReported = mark === "reported" || cell.footnotes.some((m) => input.reportedFootnotes?.includes(m) === true);
      const rowMarkApplies = row.estimated === true && column.measure !== "reserves";
      const estimated =
        cell.status === "reported" && !markedReported && (column.estimated === true || rowMarkApplies || mark === "estimated");
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
      if (row.qualifier !== undefined) figure.qualifier = row.qualifier;
      const notes: string[] = [];
      if (row.note !== undefined) notes.push(row.note);
      if (mark !== undefined) notes.push(`Status ${mark} from the row's note as printed: '${row.printedNote ?? ""}'.`);
      if (row.estimated === true && column.measure === "reserves" && cell.value !== null)
        notes.push(
          "The row label carries the 'e' (estimated) mark; the package reads it as marking the row's production and does not apply it to reserves.",
        );
      if (notes.length > 0) figure.note = notes.join(" ");
      figures.push(figure);
    }
  });
  return { figures, problems };
}
