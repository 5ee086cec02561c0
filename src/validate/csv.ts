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
    super(`CSV line ${line}: ${message}`);
    this.name = "CsvError";
    this.line = line;
  }
}

/**
 * Reads CSV text (RFC 4180: commas, double-quoted fields with `""` for a quote, CRLF or LF line ends,
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
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let quoteLine = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          throw new CsvError("text after a closing quote", line);
        continue;
      }
      if (ch === "\n") line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (cell !== "") throw new CsvError("a quote inside an unquoted field", line);
      quoted = true;
      quoteLine = line;
      i++;
    } else if (ch === ",") {
      endCell();
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) throw new CsvError("a quoted field is never closed", quoteLine);
  if (cell !== "" || row.length > 0) endRow();
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
  const cell = (value: string) => (/[",\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(",")).join("\n") + (rows.length > 0 ? "\n" : "");
}

/**
 * Reads CSV text with a header row into one object per row, keyed by the header. Empty trailing header
 * cells (a common export artefact) are dropped. Throws a {@link CsvError} for a duplicate header, and
 * for a row with more non-empty cells than the header unless `onExtraCells` is given, which is then
 * told of them (line and cells) and they are left out.
 *
 * @category Validation
 * @example
 * ```ts
 * import { readCsvRecords } from "c5-minerals/validate";
 * readCsvRecords("id,name\nkz,Kazakhstan\n"); // [{ id: "kz", name: "Kazakhstan" }]
 * ```
 */
export function readCsvRecords(
  text: string,
  options: { onExtraCells?: (line: number, cells: string[]) => void } = {},
): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (header === undefined) return [];
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError(`the header names '${name}' twice`, 1);
    seen.add(name);
  }
  const records: Record<string, string>[] = [];
  rows.slice(1).forEach((row, index) => {
    if (row.length === 1 && row[0] === "") return;
    const beyond = row.slice(header.length);
    if (beyond.some((c) => c !== "")) {
      if (options.onExtraCells === undefined)
        throw new CsvError(`${row.length} cells but the header has ${header.length}`, index + 2);
      options.onExtraCells(index + 2, beyond);
    }
    const record: Record<string, string> = Object.create(null);
    header.forEach((name, i) => {
      record[name] = row[i] ?? "";
    });
    records.push({ ...record });
  });
  return records;
}
