import { CsvError, csvRecordsWithLines, parseCsv } from "../core/csv.js";
import { excerpt } from "../core/excerpt.js";
import { kindOf, optional, own, requireOptions, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { UNITS } from "../core/vocabulary.js";
import { getCountry } from "../datasets/countries.js";
import { requireMineral } from "../datasets/minerals.js";
import type { Basis, Figure, Measure, Unit } from "../schemas/figure.js";
import { Figure as FigureSchema } from "../schemas/figure.js";
import { isCellProblem, parseUsgsCell } from "./cell.js";
import { decodeWindows1252 } from "./cp1252.js";

/**
 * A cell or row the importer could not interpret, and why. It never guesses.
 *
 * @category Validation
 */
export interface ImportProblem {
  /** 1-based line in the CSV (the header is line 1). */
  line: number;
  /** The column, when the problem is one cell. */
  column?: string;
  /** The cell or row label as found. */
  value?: string;
  /** What could not be interpreted, for a person. */
  reason: string;
}

/**
 * Which layout of the USGS MCS data release a file has.
 *
 * @category Validation
 */
export type UsgsCsvFormat = "mcs-wide-2022" | "mcs-wide-2025" | "mcs-long-2026";

/**
 * The figures read from a file, what could not be read, and the layout detected.
 *
 * @category Validation
 */
export interface ImportResult {
  /** The layout detected from the header. */
  format: UsgsCsvFormat;
  /** Every cell that could be read, as a Figure (schema-valid). */
  figures: Figure[];
  /** Every cell or row that could not be read. */
  problems: ImportProblem[];
}

/**
 * Options for {@link importUsgsCsv}.
 *
 * @category Validation
 */
export interface ImportOptions {
  /** Mineral id the file is about (e.g. `"antimony"`); required, the files name commodities loosely. */
  mineral: string;
  /** Edition id; default from the Source column (`MCS2024` gives `usgs-mcs-2024`). */
  vintage?: string;
  /** Source id to cite; default `<vintage>-data-release`. */
  source?: string;
  /** Table id; default `<vintage>-<mineral>-world`. */
  table?: string;
  /** Basis when the Type or Statistics text does not say (e.g. `"gross-weight"` for chromite ore). */
  basis?: Basis;
  /** Units for header abbreviations the importer refuses to guess: `{ mt: "Mt" }` reads `Reserves_mt` as million tons. */
  units?: Readonly<Record<string, Unit>>;
  /** Country names the package does not know, mapped to alpha-2 codes. */
  countryNames?: Readonly<Record<string, string>>;
}

/** How USGS names some countries, mapped to ISO 3166-1 alpha-2. */
const USGS_NAMES: Readonly<Record<string, string>> = {
  burma: "MM",
  "congo (kinshasa)": "CD",
  "congo (brazzaville)": "CG",
  "korea, north": "KP",
  "korea, republic of": "KR",
  laos: "LA",
  russia: "RU",
  turkey: "TR",
  vietnam: "VN",
  iran: "IR",
  bolivia: "BO",
  "united states": "US",
};

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  t: "t",
  kt: "kt",
  kg: "kg",
  "metric tons": "t",
  "thousand metric tons": "kt",
  "million metric tons": "Mt",
  kilograms: "kg",
};

const MEASURES: readonly [RegExp, Measure][] = [
  [/\bmine production/i, "mine-production"],
  [/\bmne production/i, "mine-production"], // misspellings in the MCS 2024 chromium and clays files
  [/\bmine poduction/i, "mine-production"],
  [/\brefinery production/i, "refinery-production"],
  [/\bsmelter production/i, "smelter-production"],
  [/\b(?:plant|sponge) production/i, "plant-production"],
  [/capacity/i, "capacity"],
  [/^reserves/i, "reserves"],
  [/production/i, "production"],
];

function basisFrom(text: string): Basis | undefined {
  if (/gross+ weight/i.test(text)) return "gross-weight"; // "grosss weight" occurs too
  if (/\boxide\b|REO\b/i.test(text)) return "oxide-equivalent";
  if (/contained|content/i.test(text)) return "contained";
  return undefined;
}

/** Splits footnote digits glued to a label ("World total (rounded)8", "Chile9") from the label. */
function splitLabel(label: string): { name: string; footnote?: string } {
  const m = /^(.*?[A-Za-z)])(\d{1,2})$/.exec(label.trim());
  return m ? { name: (m[1] ?? "").trim(), footnote: m[2] ?? "" } : { name: label.trim() };
}

/** A row label read: the area, and what the label adds (a qualifier of the measure, or an estimate mark). */
interface LabelArea {
  code: string;
  qualifier?: string;
  estimated?: boolean;
}

/**
 * Table labels that qualify a row ("Peru (exports)") or mark it ("Uzbekistan (est.)") are read here and
 * never become country names: the public country records carry only names people use.
 */
function areaOf(label: string, options: ImportOptions): LabelArea | undefined {
  const { name } = splitLabel(label);
  if (/^world total/i.test(name)) return { code: "WORLD" };
  if (/^other countries/i.test(name)) return { code: "OTHER" };
  const custom = own(options.countryNames, name);
  if (custom !== undefined) return { code: custom };
  const direct = own(USGS_NAMES, name.toLowerCase()) ?? getCountry(name)?.alpha2;
  if (direct !== undefined) return { code: direct };
  const qualified = /^(.*?)\s*\(([^)]*)\)$/.exec(name);
  if (qualified) {
    const base = own(USGS_NAMES, (qualified[1] ?? "").toLowerCase()) ?? getCountry(qualified[1] ?? "")?.alpha2;
    const inner = (qualified[2] ?? "").trim();
    if (base !== undefined) return /^est\.?$/i.test(inner) ? { code: base, estimated: true } : { code: base, qualifier: inner };
  }
  return undefined;
}

/** The area a row label names, or undefined after recording why it could not be read. */
function resolveArea(label: string, line: number, options: ImportOptions, problems: ImportProblem[]) {
  const area = areaOf(label, options);
  if (area === undefined) {
    problems.push({
      line,
      column: "Country",
      value: label,
      reason: `unknown country name '${excerpt(splitLabel(label).name)}'; pass options.countryNames`,
    });
  }
  return area;
}

interface Cell {
  line: number;
  column: string;
  printed: string;
  country: string;
  measure: Measure;
  basis: Basis | undefined;
  form: string | undefined;
  year: number;
  unit: Unit;
  estimatedColumn: boolean;
  /** Status a note on the row gives this cell ("Also estimated in 2022", "Reported in 2022"). */
  mark?: "estimated" | "reported";
  /** The row label carries an estimate mark ("Uzbekistan (est.)"). */
  rowEstimated?: boolean;
  qualifier?: string;
  note?: string;
}

interface Row {
  record: Record<string, string>;
  line: number;
}

const BASES: readonly Basis[] = ["gross-weight", "contained", "oxide-equivalent", "product"];

/** The options checked at the boundary; the mineral resolved from an id or name to its id. */
function checkOptions(value: unknown): ImportOptions {
  const o = requireOptions<ImportOptions>(
    value,
    "options",
    ["mineral", "vintage", "source", "table", "basis", "units", "countryNames"],
    false,
  );
  const checked: ImportOptions = { ...o, mineral: requireMineral(o.mineral, "options.mineral").id };
  for (const key of ["vintage", "source", "table"] as const) optional(o[key], `options.${key}`, requireString);
  optional(o.basis, "options.basis", (v, n) => requireOneOf(v, n, BASES));
  const record = <T>(v: unknown, n: string, check: (x: unknown, n: string) => T) => {
    const r = requireOptions<Record<string, unknown>>(v, n, Object.keys(v ?? {}), false);
    for (const [k, x] of Object.entries(r)) check(x, `${n}[${excerpt(JSON.stringify(k), 60)}]`);
    return r;
  };
  optional(o.units, "options.units", (v, n) => record(v, n, (x, m) => requireOneOf(x, m, UNITS)));
  optional(o.countryNames, "options.countryNames", (v, n) => record(v, n, requireString));
  return checked;
}

/**
 * The years a production note marks estimated or reported, in the wordings of the MCS 2023 and 2024 data
 * releases: "Also estimated in 2022", "Estimated in 2022 also", "Production in 2022 is also estimated.",
 * "Production data in 2021 were also estimated", "Reported in 2022", "Reported data in 2022", "Reported quantity
 * in 2022", "Reported production in 2021.".
 */
function marksInNote(note: string): Map<number, "estimated" | "reported"> {
  const marks = new Map<number, "estimated" | "reported">();
  const estimated = [
    /\balso estimated in (\d{4})\b/gi,
    /\bestimated in (\d{4}) also\b/gi,
    /\bproduction in (\d{4}) is also estimated\b/gi,
    /\bproduction data in (\d{4}) were also estimated\b/gi,
  ];
  for (const pattern of estimated) for (const m of note.matchAll(pattern)) marks.set(Number(m[1]), "estimated");
  for (const m of note.matchAll(/\breported(?: data| quantity| production)? in (\d{4})\b/gi)) marks.set(Number(m[1]), "reported");
  return marks;
}

function headerOf(text: string): string[] {
  const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  let cells: string[];
  try {
    cells = parseCsv(firstLine)[0] ?? [];
  } catch {
    cells = firstLine.split(",");
  }
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

function decode(input: string | Uint8Array): string {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return decodeWindows1252(input);
  }
}

/**
 * Reads a USGS Mineral Commodity Summaries data-release CSV into Figure records: the per-commodity wide
 * layout of the 2022–2025 releases (`Source, Country, Type, Prod_<unit>_<year>, Prod_<unit>_est_<year>,
 * …, Reserves_<unit>`; and the 2025 variant `SOURCE, COMMODITY, COUNTRY, TYPE, UNIT_MEAS, PROD_<year>,
 * PROD_EST_ <year>, …`) and the long layout of the 2026 release (`MCS chapter, Section, Commodity,
 * Country, Statistics, Statistics_detail, Unit, Year, Value, Notes, …`, Windows-1252 bytes accepted).
 *
 * It reads W (withheld), NA (not available), XX (not applicable), — or 0 (zero), e and `_est_` columns
 * (estimated), the per-row production notes that mark a year estimated or reported ("Also estimated in
 * 2022", "Reported in 2022"), qualified row labels ("Peru (exports)" gives `qualifier: "exports"`),
 * lower bounds (`>95`), words (`Large`), footnote digits glued to names, and USGS country names. What it
 * cannot interpret (an unknown country, an ambiguous unit such as `mt`, a header unit that contradicts
 * the notes, a bound hidden in a note) is listed in `problems`, never guessed. A year is four decimal
 * digits (`0x7E8` or `2.024e3` is refused); a production or capacity column whose header has no year is
 * refused, while a reserves column without one is dated by the latest production year in the header, as
 * USGS reports reserves; two rows that give different values for the same country, type, column and year
 * are both left out and reported (the same value twice is read once). Throws a `RangeError` only when the
 * header is not one of these layouts.
 *
 * @category Validation
 * @example
 * ```ts
 * import { importUsgsCsv } from "c5-minerals/usgs";
 * const csv = "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes\n" +
 *   'MCS2024,Tajikistan,"Mine production, contained antimony",21000,21000,,50000,\n';
 * const { figures, problems } = importUsgsCsv(csv, { mineral: "antimony" });
 * figures.map((f) => [f.country, f.year, f.value, f.status]); // [["TJ", 2022, 21000, "reported"], ["TJ", 2023, 21000, "estimated"], ["TJ", 2023, 50000, "reported"]]
 * problems; // []
 * ```
 */
export function importUsgsCsv(input: string | Uint8Array, options: ImportOptions): ImportResult {
  if (typeof input !== "string" && !(input instanceof Uint8Array))
    throw new TypeError(`input must be a string or a Uint8Array, got ${kindOf(input)}`);
  options = checkOptions(options);
  const text = decode(input);
  let rows: Row[];
  const extra: ImportProblem[] = [];
  let headerLength = 0;
  try {
    headerLength = headerOf(text).length;
    rows = csvRecordsWithLines(text, {
      onExtraCells: (line, cells) =>
        extra.push({ line, value: cells.join(","), reason: `${cells.length} cell(s) beyond the header's columns; not read` }),
      onMissingCells: (line, count) =>
        extra.push({
          line,
          reason: `the row has ${count} cell(s) but the header has ${headerLength}: it is cut short; not read`,
        }),
    });
  } catch (error) {
    if (error instanceof CsvError)
      return { format: "mcs-wide-2022", figures: [], problems: [{ line: error.line, reason: error.message }] };
    throw error;
  }
  // a row cut short is reported above and not read, so that no figure comes from half a row
  const short = new Set(extra.filter((p) => p.column === undefined && p.value === undefined).map((p) => p.line));
  rows = rows.filter((r) => !short.has(r.line));
  const records = rows.map((r) => r.record);
  const header = headerOf(text);
  const lower = header.map((h) => h.toLowerCase().trim());
  let format: UsgsCsvFormat;
  if (lower.includes("statistics") && lower.includes("value") && lower.includes("year")) format = "mcs-long-2026";
  else if (lower.includes("unit_meas")) format = "mcs-wide-2025";
  else if (lower.includes("country") && lower.includes("type")) format = "mcs-wide-2022";
  else throw new RangeError(`Not a USGS MCS data-release layout: the header is ${excerpt(JSON.stringify(header.join(",")))}`);

  const problems: ImportProblem[] = [...extra];
  const cells: Cell[] =
    format === "mcs-long-2026" ? longCells(rows, options, problems) : wideCells(rows, header, format, options, problems);

  const sourceRecord = own(records[0], "Source") ?? own(records[0], "SOURCE") ?? "";
  const editionYear = /(\d{4})/.exec(sourceRecord)?.[1];
  const vintage = options.vintage ?? (editionYear ? `usgs-mcs-${editionYear}` : undefined);
  if (vintage === undefined) {
    problems.push({
      line: rows[0]?.line ?? 2,
      column: "Source",
      value: sourceRecord,
      reason: "no edition year in the Source column; pass options.vintage",
    });
    return { format, figures: [], problems };
  }
  const source = options.source ?? `${vintage}-data-release`;
  const table = options.table ?? `${vintage}-${options.mineral}-world`;
  const figures: Figure[] = [];
  const figureCells: Cell[] = [];
  for (const cell of cells) {
    const parsed = parseUsgsCell(cell.printed);
    if (isCellProblem(parsed)) {
      problems.push({ line: cell.line, column: cell.column, value: cell.printed, reason: parsed.reason });
      continue;
    }
    const basis = cell.basis ?? options.basis;
    if (basis === undefined) {
      problems.push({
        line: cell.line,
        column: cell.column,
        value: cell.printed,
        reason: "the row does not say on what basis it is weighed; pass options.basis",
      });
      continue;
    }
    const estimated =
      parsed.status === "reported" &&
      cell.mark !== "reported" &&
      (cell.estimatedColumn || cell.mark === "estimated" || (cell.rowEstimated === true && cell.measure !== "reserves"));
    const figure: Figure = {
      country: cell.country,
      mineral: options.mineral,
      measure: cell.measure,
      basis,
      year: cell.year,
      value: parsed.value,
      unit: cell.unit,
      status: estimated ? "estimated" : parsed.status,
      printed: cell.printed,
      source,
      table,
      vintage,
    };
    if (cell.form !== undefined && cell.form !== "") figure.form = cell.form;
    if (parsed.bound !== undefined) figure.bound = parsed.bound;
    if (cell.qualifier !== undefined && cell.country !== "WORLD" && cell.country !== "OTHER") figure.qualifier = cell.qualifier;
    const notes = [cell.note, cell.mark === undefined ? undefined : `Status ${cell.mark} from the row's production note.`].filter(
      (n) => n !== undefined,
    );
    if (notes.length > 0) figure.note = notes.join(" ");
    const checked = FigureSchema.safeParse(figure);
    if (checked.success) {
      figures.push(checked.data);
      figureCells.push(cell);
    } else
      problems.push({
        line: cell.line,
        column: cell.column,
        value: cell.printed,
        reason: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      });
  }
  return { format, ...withoutConflicts(figures, figureCells, problems) };
}

/**
 * Two rows for the same country (and qualifier), type (measure, basis, form) and year in the same column:
 * the same figure printed twice is read once; different values are a conflict the importer cannot
 * settle, so neither is read and the second line is reported, naming the first.
 */
function withoutConflicts(
  figures: readonly Figure[],
  cells: readonly Cell[],
  problems: ImportProblem[],
): { figures: Figure[]; problems: ImportProblem[] } {
  // the column is part of the key: one row may give two figures of one year in two columns (titanium
  // capacity for sponge and for pigment), which is no conflict
  const keyOf = (f: Figure, i: number) =>
    [f.country, f.qualifier ?? "", f.measure, f.basis, f.form ?? "", f.year, cells[i]?.column].join("|");
  const first = new Map<string, number>();
  const conflicted = new Set<string>();
  const repeated = new Set<number>();
  figures.forEach((f, i) => {
    const key = keyOf(f, i);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      return;
    }
    const g = figures[at] as Figure;
    if (g.value === f.value && g.unit === f.unit && g.status === f.status && g.bound === f.bound) {
      repeated.add(i);
      return;
    }
    conflicted.add(key);
    const a = cells[at] as Cell;
    const b = cells[i] as Cell;
    problems.push({
      line: b.line,
      column: b.column,
      value: b.printed,
      reason: `line ${a.line} gives ${f.country}${f.qualifier ? ` (${f.qualifier})` : ""} ${f.measure} ${f.year} as ${excerpt(a.printed, 40)} ${g.unit}, this row as ${excerpt(b.printed, 40)} ${f.unit}; neither is read`,
    });
  });
  return {
    figures: figures.filter((f, i) => !repeated.has(i) && !conflicted.has(keyOf(f, i))),
    problems,
  };
}

function unitFromHeader(
  token: string,
  column: string,
  line: number,
  options: ImportOptions,
  problems: ImportProblem[],
): Unit | undefined {
  const override = own(options.units, token);
  if (override !== undefined) return override;
  const unit = own(UNIT_WORDS, token.toLowerCase());
  if (unit === undefined || token === "mt") {
    problems.push({
      line,
      column,
      value: token,
      reason: `unit '${excerpt(token)}' is ambiguous or unknown (mt may mean metric tons or million metric tons); pass options.units`,
    });
    return undefined;
  }
  return unit;
}

/** The parts of a wide-layout value column's header: `Prod_Sponge_t_Est_2022`, `PROD_EST_ 2024`, `Reserves_kt`. */
interface ValueColumn {
  kind: "prod" | "cap" | "reserves";
  qualifier?: string;
  unit: string;
  estimated: boolean;
  year?: number;
}

function parseColumn(header: string, format: UsgsCsvFormat): ValueColumn | undefined {
  const tokens = header.trim().split(/_\s*/);
  const kind = tokens[0]?.toLowerCase();
  if (kind !== "prod" && kind !== "cap" && kind !== "reserves") return undefined;
  const rest = tokens.slice(1);
  const last = rest.at(-1);
  const year = last !== undefined && /^\d{4}$/.test(last) ? Number(rest.pop()) : undefined;
  const estimated = rest.some((t) => t.toLowerCase() === "est");
  const words = rest.filter((t) => t.toLowerCase() !== "est");
  if (format === "mcs-wide-2025") return { kind, unit: "", estimated, ...(year === undefined ? {} : { year }) };
  const unit = words.pop();
  if (unit === undefined || unit === "") return undefined;
  const column: ValueColumn = { kind, unit, estimated };
  if (year !== undefined) column.year = year;
  if (words.length > 0) column.qualifier = words.join(" ");
  return column;
}

function wideCells(
  rows: readonly Row[],
  header: string[],
  format: UsgsCsvFormat,
  options: ImportOptions,
  problems: ImportProblem[],
): Cell[] {
  const cells: Cell[] = [];
  // everything about the header is worked out once, so the work is linear in rows x columns
  const byName = new Map<string, string>();
  for (const h of header) {
    const key = h.toLowerCase().trim();
    if (!byName.has(key)) byName.set(key, h);
  }
  const get = (r: Record<string, string>, name: string) => {
    const column = byName.get(name);
    return column === undefined ? "" : (own(r, column) ?? "");
  };
  const noteColumns = header.filter((h) => /notes?$/i.test(h));
  const productionNoteColumns = header.filter((h) => /^prod_notes?$/i.test(h.trim()));
  const headerYears = header
    .map((h) => /_(\d{4})$/.exec(h.trim())?.[1])
    .filter((y) => y !== undefined)
    .map(Number);
  const latestYear = headerYears.reduce<number | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
  const reservesNote = header.find((h) => /^reserves_notes?$/i.test(h.trim()));
  const columns = header.flatMap((column) => {
    if (/notes?$/i.test(column.trim())) return [];
    const parsed = parseColumn(column, format);
    return parsed === undefined ? [] : [{ column, parsed }];
  });
  const reportedUnits = new Set<string>();
  rows.forEach(({ record, line }) => {
    const label = get(record, "country");
    if (label.trim() === "") return;
    const area = resolveArea(label, line, options, problems);
    if (area === undefined) return;
    const type = get(record, "type");
    const form = type.trim() || undefined;
    const measure = MEASURES.find(([re]) => re.test(type))?.[1];
    const notes = noteColumns.map((h) => own(record, h) ?? "").join(" ");
    const note = area.qualifier === undefined ? undefined : `USGS labels the row '${splitLabel(label).name}'.`;
    const productionNotes = productionNoteColumns.map((h) => own(record, h) ?? "").join(" ");
    const marks = marksInNote(productionNotes);
    for (const { column, parsed: column_ } of columns) {
      const kind = column_.kind;
      const printed = own(record, column) ?? "";
      if (printed.trim() === "") continue;
      let unit: Unit | undefined;
      let year = column_.year;
      const estimatedColumn = column_.estimated;
      if (format === "mcs-wide-2025") {
        const unitText = get(record, "unit_meas");
        unit = own(UNIT_WORDS, unitText.toLowerCase().trim());
        if (unit === undefined) {
          if (!reportedUnits.has(`${line}`))
            problems.push({ line, column: "UNIT_MEAS", value: unitText, reason: `unknown unit '${excerpt(unitText)}'` });
          reportedUnits.add(`${line}`);
          continue;
        }
      } else {
        unit = unitFromHeader(column_.unit, column, line, options, problems);
        if (unit === undefined) continue;
        const noteUnit = /thousand metric tons/i.test(`${type} ${notes}`)
          ? "kt"
          : /million metric tons/i.test(`${type} ${notes}`)
            ? "Mt"
            : undefined;
        if (noteUnit !== undefined && noteUnit !== unit && own(options.units, column_.unit) === undefined) {
          problems.push({
            line,
            column,
            value: printed,
            reason: `the header says ${column_.unit} but the notes speak of ${noteUnit === "kt" ? "thousand" : "million"} metric tons; pass options.units`,
          });
          continue;
        }
      }
      const rowMeasure: Measure | undefined =
        kind === "reserves"
          ? "reserves"
          : kind === "cap"
            ? "capacity"
            : column_.qualifier?.toLowerCase() === "sponge"
              ? "plant-production"
              : measure;
      if (rowMeasure === undefined) {
        problems.push({ line, column: "Type", value: type, reason: `cannot tell what '${excerpt(type)}' measures` });
        continue;
      }
      if (year === undefined) {
        // The rule for a column whose header has no year: a reserves column (Reserves_t) is read as of the
        // edition's latest production year, as USGS reports reserves; a production or capacity column
        // without a year is refused, never dated by guess.
        if (kind !== "reserves") {
          problems.push({
            line,
            column,
            value: printed,
            reason: `the header '${excerpt(column)}' gives no year for a ${kind === "cap" ? "capacity" : "production"} column; not read (only reserves columns are dated by the latest production year)`,
          });
          continue;
        }
        year = latestYear;
        if (year === undefined) {
          problems.push({ line, column, value: printed, reason: "no year in the header for this column" });
          continue;
        }
      }
      const boundInNote =
        kind === "reserves" && /^>\s?[\d,]+/.exec((reservesNote === undefined ? "" : (own(record, reservesNote) ?? "")).trim());
      if (boundInNote && /^(NA|)$/.test(printed.trim())) {
        problems.push({
          line,
          column,
          value: printed,
          reason: `the note starts with '${excerpt(boundInNote[0])}', which the value cell does not hold; not used`,
        });
      }
      const cell: Cell = {
        line,
        column,
        printed,
        country: area.code,
        measure: rowMeasure,
        basis: basisFrom(type),
        form,
        year,
        unit,
        estimatedColumn,
      };
      const mark = kind === "prod" ? marks.get(year) : undefined;
      if (mark !== undefined) cell.mark = mark;
      if (area.qualifier !== undefined) cell.qualifier = area.qualifier;
      if (area.estimated === true) cell.rowEstimated = true;
      if (note !== undefined) cell.note = note;
      cells.push(cell);
    }
  });
  return cells;
}

function longCells(rows: readonly Row[], options: ImportOptions, problems: ImportProblem[]): Cell[] {
  const cells: Cell[] = [];
  const byName = new Map<string, string>();
  for (const key of Object.keys(rows[0]?.record ?? {})) {
    const name = key.toLowerCase().trim();
    if (!byName.has(name)) byName.set(name, key);
  }
  rows.forEach(({ record, line }) => {
    const pick = (name: string) => {
      const key = byName.get(name);
      return key === undefined ? "" : (own(record, key) ?? "");
    };
    const label = pick("country");
    const statistics = pick("statistics");
    if (label.trim() === "" || !/production|reserves|capacity/i.test(statistics)) return;
    const area = resolveArea(label, line, options, problems);
    if (area === undefined) return;
    const measure = MEASURES.find(([re]) => re.test(statistics))?.[1];
    const unitText = pick("unit");
    const unit = own(UNIT_WORDS, unitText.toLowerCase().trim()) ?? own(options.units, unitText);
    // a year is four decimal digits: Number() would also read "0x7E8", "2.024e3" or "" (as 0)
    const yearText = pick("year").trim();
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    const printed = pick("value");
    if (measure === undefined || unit === undefined || !Number.isInteger(year)) {
      problems.push({
        line,
        value: `${statistics} | ${unitText} | ${pick("year")}`,
        reason:
          measure === undefined
            ? `cannot tell what '${excerpt(statistics)}' measures`
            : unit === undefined
              ? `unknown unit '${excerpt(unitText)}'`
              : `the year '${excerpt(pick("year"))}' is not a year of four decimal digits`,
      });
      return;
    }
    if (printed.trim() === "") return;
    const detail = pick("statistics_detail");
    const estimatedColumn = /\bestimated?\b/i.test(`${pick("notes")} ${detail}`);
    const cell: Cell = {
      line,
      column: "Value",
      printed,
      country: area.code,
      measure,
      basis: basisFrom(`${statistics} ${detail}`),
      form: detail.trim() || undefined,
      year,
      unit,
      estimatedColumn,
    };
    if (area.qualifier !== undefined) {
      cell.qualifier = area.qualifier;
      cell.note = `USGS labels the row '${splitLabel(label).name}'.`;
    }
    if (area.estimated === true) cell.rowEstimated = true;
    cells.push(cell);
  });
  return cells;
}
