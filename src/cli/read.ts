import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { CsvError, csvRecordsWithLines } from "../core/csv.js";
import type { EntityName } from "../validate/entities.js";
import { unflattenRecord } from "../validate/flat.js";
import { describeOsError, InputError, UsageError } from "./errors.js";

/** The formats the CLI reads. */
export type InputFormat = "json" | "ndjson" | "csv";

/** Records read from a file, with the line each starts on where the format has lines. */
export interface ReadRecords {
  records: unknown[];
  /** For NDJSON and CSV: the 1-based line of each record. */
  lines?: number[];
  /** Whether the JSON file held one record rather than an array. */
  single: boolean;
}

export { DEFAULT_MAX_BYTES } from "./limits.js";

export function formatOf(file: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given !== "json" && given !== "ndjson" && given !== "csv")
      throw new UsageError(`--format is one of json, ndjson, csv; got '${given}'`);
    return given;
  }
  const extensions: Readonly<Record<string, InputFormat>> = {
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".csv": "csv",
  };
  const ext = extname(file).toLowerCase();
  const format = Object.hasOwn(extensions, ext) ? extensions[ext] : undefined;
  if (format === undefined) {
    throw new UsageError(
      `Cannot tell the format of '${file}': use a .json, .ndjson, .jsonl or .csv file, or pass --format json|ndjson|csv`,
    );
  }
  return format;
}

/** Refuses a file that is missing, not a file, empty or over `maxBytes` (when given), with an {@link InputError}. */
function requireReadableFile(file: string, maxBytes: number | undefined): void {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`'${file}' is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Cannot read '${file}': ${describeOsError(error) ?? (error as Error).message}`);
  }
  if (maxBytes !== undefined && size > maxBytes)
    throw new InputError(`'${file}' is ${size} bytes, more than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  if (size === 0) throw new InputError(`'${file}' is empty`);
}

/** Reads a file's bytes, refusing what is missing, not a file, empty or over the size limit. */
export function readBytes(file: string, maxBytes: number): Uint8Array {
  requireReadableFile(file, maxBytes);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(`Cannot read '${file}': ${describeOsError(error) ?? (error as Error).message}`);
  }
}

/** Reads a file as UTF-8 text, with the checks of {@link readBytes}. */
export function readText(file: string, maxBytes: number): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readBytes(file, maxBytes));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`'${file}' is not valid UTF-8 text`);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`${where}: the JSON is nested too deeply to read`);
    throw new InputError(`${where}: not valid JSON (${(error as Error).message})`);
  }
}

export function readRecords(file: string, format: InputFormat, entity: EntityName, maxBytes: number): ReadRecords {
  const text = readText(file, maxBytes);
  if (format === "json") {
    const value = parseJson(text, file);
    return Array.isArray(value) ? { records: value, single: false } : { records: [value], single: true };
  }
  if (format === "ndjson") {
    const records: unknown[] = [];
    const lines: number[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      records.push(parseJson(line, `${file} line ${i + 1}`));
      lines.push(i + 1);
    });
    if (records.length === 0) throw new InputError(`'${file}' holds no records`);
    return { records, lines, single: false };
  }
  let rows: { record: Record<string, string>; line: number }[];
  try {
    rows = csvRecordsWithLines(text, {
      onMissingCells: (line, count) => {
        throw new CsvError(`${count} cells but the header has more: the row is cut short`, line);
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  if (rows.length === 0) throw new InputError(`'${file}' holds a header but no records`);
  return { records: rows.map((row) => unflattenRecord(entity, row.record)), lines: rows.map((r) => r.line), single: false };
}

/**
 * Reads a file in blocks into `push`, so that memory does not grow with the file; refuses what is
 * missing, not a file, empty or over `maxBytes` (when given).
 */
export function readBlocks(file: string, maxBytes: number | undefined, push: (block: Uint8Array) => void): void {
  requireReadableFile(file, maxBytes);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = new Uint8Array(1024 * 1024);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      push(buffer.subarray(0, n));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const os = describeOsError(error);
    if (os === undefined) throw error;
    throw new InputError(`Cannot read '${file}': ${os}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
