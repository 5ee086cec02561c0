import { excerpt } from "./excerpt.js";
import {
  kindOf,
  optional,
  requireFunction,
  requireInteger,
  requireOptions,
  requireString,
  requireStringArray,
} from "./guards.js";

/**
 * A CSV text that could not be read, with the line where reading stopped.
 *
 * @category Validation
 * @example
 * ```ts
 * import { CsvError, parseCsv } from "c5-minerals/validate";
 * try {
 *   parseCsv('a\n"open');
 * } catch (error) {
 *   error instanceof CsvError && error.line; // 2
 * }
 * ```
 */
export class CsvError extends Error {
  /** 1-based line of the problem. */
  readonly line: number;
  /** Makes an error for a problem at a line. */
  constructor(message: string, line: number) {
    super(`CSV line ${requireInteger(line, "line", 0)}: ${requireString(message, "message")}`);
    this.name = "CsvError";
    this.line = line;
  }
}

/** One row of CSV cells and the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
  /** Set when the row was longer than the reader's `maxRowLength`: its cells were dropped, unread. */
  tooLong?: true;
}

/**
 * Reads CSV incrementally (RFC 4180: commas, double-quoted fields with `""` for a quote, CRLF, LF or CR
 * line ends, an optional byte-order mark). Give it text in pieces of any size with `push`, then call
 * `end`; each complete row goes to `onRow` with the line it starts on, which counts every line end,
 * including those inside quoted cells and on blank lines. Internal: {@link parseCsv} and the streaming
 * validation use it; memory is bounded by the longest row.
 */
export class CsvReader {
  private cell = "";
  private row: string[] = [];
  private state: "start" | "field" | "quoted" | "closed" = "start";
  private line = 1;
  private rowLine = 1;
  private quoteLine = 0;
  private pendingCr = false;
  private first = true;
  private readonly onRow: (row: CsvRow) => void;
  private readonly maxRowLength: number;
  /** Characters of the current row's cells already pushed to `row`. */
  private rowSize = 0;
  /** The current row is longer than `maxRowLength`: its text is dropped as it is read. */
  private tooLong = false;

  /** `maxRowLength`: the most characters of cell text one row may hold; a longer row comes out as `tooLong`. */
  constructor(onRow: (row: CsvRow) => void, maxRowLength = Number.POSITIVE_INFINITY) {
    this.onRow = onRow;
    this.maxRowLength = maxRowLength;
  }

  /** Drops the row's text once it is longer than the limit, so memory stays bounded by the limit. */
  private bound(): void {
    if (this.rowSize + this.cell.length <= this.maxRowLength) return;
    this.tooLong = true;
    this.cell = "";
    this.row = [];
    this.rowSize = 0;
  }

  private pushCell(): void {
    this.row.push(this.cell);
    this.rowSize += this.cell.length;
    this.cell = "";
    this.bound();
  }

  private endRow(): void {
    this.pushCell();
    const row = this.row;
    const tooLong = this.tooLong;
    this.row = [];
    this.rowSize = 0;
    this.tooLong = false;
    this.state = "start";
    this.onRow(tooLong ? { cells: [], line: this.rowLine, tooLong } : { cells: row, line: this.rowLine });
  }

  /** Reads the next piece of text. Throws a {@link CsvError} at the first malformed row. */
  push(text: string): void {
    let i = 0;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    const n = text.length;
    while (i < n) {
      let code = text.charCodeAt(i);
      if (this.pendingCr) {
        // a CR just ended a line (or a line inside a quoted cell); an LF right after it belongs to it
        this.pendingCr = false;
        if (code === 10) {
          if (this.state === "quoted") {
            this.cell += "\n";
            this.bound();
          }
          i++;
          continue;
        }
      }
      if (this.state === "quoted") {
        // copy a run of ordinary characters at once
        let j = i;
        while (j < n) {
          code = text.charCodeAt(j);
          if (code === 34 || code === 10 || code === 13) break;
          j++;
        }
        if (j > i) {
          this.cell += text.slice(i, j);
          this.bound();
        }
        i = j;
        if (i >= n) break;
        if (code === 34) {
          this.state = "closed";
          i++;
        } else {
          this.cell += code === 10 ? "\n" : "\r";
          this.bound();
          this.line++;
          if (code === 13) this.pendingCr = true;
          i++;
        }
        continue;
      }
      if (this.state === "closed") {
        // after a closing quote: a doubled quote, a comma, a line end, or the end
        if (code === 34) {
          this.cell += '"';
          this.bound();
          this.state = "quoted";
          i++;
          continue;
        }
        if (code !== 44 && code !== 10 && code !== 13) throw new CsvError("text after a closing quote", this.line);
        this.state = "field";
      }
      if (code === 44) {
        this.pushCell();
        this.state = "start";
        i++;
      } else if (code === 10 || code === 13) {
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        if (code === 13) this.pendingCr = true;
        i++;
      } else if (code === 34) {
        if (this.state !== "start") throw new CsvError("a quote inside an unquoted field", this.line);
        this.state = "quoted";
        this.quoteLine = this.line;
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13 || c === 34) break;
          j++;
        }
        this.cell += text.slice(i, j);
        this.bound();
        this.state = "field";
        i = j;
      }
    }
  }

  /** Ends the text: emits the last row if it has no line end; throws for a quoted cell never closed. */
  end(): void {
    if (this.state === "quoted") throw new CsvError("a quoted field is never closed", this.quoteLine);
    if (this.state !== "start" || this.cell !== "" || this.row.length > 0 || this.tooLong) this.endRow();
  }
}

/**
 * Reads CSV text (RFC 4180: commas, double-quoted fields with `""` for a quote, CRLF, LF or CR line ends,
 * an optional byte-order mark) into rows of cells. Throws a {@link CsvError} naming the line for an
 * unclosed quote or a stray quote inside an unquoted field.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseCsv } from "c5-minerals/validate";
 * parseCsv('a,b\n"x, y",2\n'); // [["a", "b"], ["x, y", "2"]]
 * ```
 */
export function parseCsv(text: string): string[][] {
  return csvRows(requireString(text, "text")).map((r) => r.cells);
}

/** Every row of CSV text with the line it starts on (internal). */
export function csvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const reader = new CsvReader((row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows;
}

/**
 * Writes rows of cells as CSV (RFC 4180, LF line ends): a cell is quoted when it holds a comma, a
 * quote or a line break, or starts or ends with a space.
 *
 * @category Validation
 * @example
 * ```ts
 * import { formatCsv } from "c5-minerals/validate";
 * formatCsv([["a", "b"], ["x, y", '2"']]); // 'a,b\n"x, y","2"""\n'
 * ```
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  if (!Array.isArray(rows)) throw new TypeError(`rows must be an array of arrays of strings, got ${kindOf(rows)}`);
  rows.forEach((row, i) => requireStringArray(row, `rows[${i}]`));
  const cell = (value: string) => (/[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(",")).join("\n") + (rows.length > 0 ? "\n" : "");
}

/** A CSV header checked: trailing empty names dropped, a duplicate name refused (internal). */
export function csvHeader(cells: readonly string[], line = 1): string[] {
  const header = [...cells];
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError(`the header names '${excerpt(name)}' twice`, line);
    seen.add(name);
  }
  return header;
}

/** Whether a row is a blank line (one empty cell). */
export const isBlankRow = (cells: readonly string[]): boolean => cells.length === 1 && cells[0] === "";

/** A row as an object keyed by the header; a prototype-free object, so any header name is only data. */
export function csvRecord(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  for (let i = 0; i < header.length; i++) record[header[i] as string] = cells[i] ?? "";
  return record;
}

/**
 * Options for {@link readCsvRecords}.
 *
 * @category Validation
 */
export interface CsvRecordOptions {
  /** Told of a row with non-empty cells beyond the header's columns (its line and those cells); else they throw. */
  onExtraCells?: (line: number, cells: string[]) => void;
  /** Told of a row with fewer cells than the header (its line and its count of cells); else the missing cells are empty. */
  onMissingCells?: (line: number, count: number) => void;
}

/** Reads CSV text with a header row into records with the line each starts on (internal). */
export function csvRecordsWithLines(
  text: string,
  options: CsvRecordOptions = {},
): { record: Record<string, string>; line: number }[] {
  const rows = csvRows(text);
  const first = rows[0];
  if (first === undefined) return [];
  const header = csvHeader(first.cells, first.line);
  const records: { record: Record<string, string>; line: number }[] = [];
  for (let r = 1; r < rows.length; r++) {
    const { cells, line } = rows[r] as CsvRow;
    if (isBlankRow(cells)) continue;
    if (cells.length > header.length) {
      const beyond = cells.slice(header.length);
      if (beyond.some((c) => c !== "")) {
        if (options.onExtraCells === undefined)
          throw new CsvError(`${cells.length} cells but the header has ${header.length}`, line);
        options.onExtraCells(line, beyond);
      }
    } else if (cells.length < header.length) options.onMissingCells?.(line, cells.length);
    records.push({ record: csvRecord(header, cells), line });
  }
  return records;
}

/**
 * Reads CSV text with a header row into one object per row, keyed by the header. Empty trailing header
 * cells (a common export artefact) are dropped and blank lines skipped. Throws a {@link CsvError} for a
 * duplicate header, and for a row with more non-empty cells than the header unless `onExtraCells` is
 * given, which is then told of them (line and cells) and they are left out. A row with fewer cells
 * than the header is read with the missing cells empty; `onMissingCells` is told of it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { readCsvRecords } from "c5-minerals/validate";
 * readCsvRecords("id,name\nkz,Kazakhstan\n"); // [{ id: "kz", name: "Kazakhstan" }]
 * ```
 */
export function readCsvRecords(text: string, options: CsvRecordOptions = {}): Record<string, string>[] {
  requireString(text, "text");
  const o = requireOptions<CsvRecordOptions>(options, "options", ["onExtraCells", "onMissingCells"]);
  optional(o.onExtraCells, "options.onExtraCells", requireFunction);
  optional(o.onMissingCells, "options.onMissingCells", requireFunction);
  return csvRecordsWithLines(text, o).map(({ record }) => ({ ...record }));
}
