import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { CsvError, readCsvRecords } from "../validate/csv.js";
import type { EntityName } from "../validate/entities.js";
import { unflattenRecord } from "../validate/flat.js";
import { InputError } from "./errors.js";

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

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function formatOf(file: string, given: string | undefined): InputFormat {
  const format =
    given ?? { ".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson", ".csv": "csv" }[extname(file).toLowerCase()];
  if (format !== "json" && format !== "ndjson" && format !== "csv") {
    throw new InputError(
      `Cannot tell the format of '${file}': use a .json, .ndjson, .jsonl or .csv file, or pass --format json|ndjson|csv`,
    );
  }
  return format;
}

/** Reads a file's bytes, refusing what is missing, not a file, empty or over the size limit. */
export function readBytes(file: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`'${file}' is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `Cannot read '${file}': ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  if (size > maxBytes)
    throw new InputError(`'${file}' is ${size} bytes, more than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  if (size === 0) throw new InputError(`'${file}' is empty`);
  return readFileSync(file);
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
  let rows: Record<string, string>[];
  try {
    rows = readCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  if (rows.length === 0) throw new InputError(`'${file}' holds a header but no records`);
  return { records: rows.map((row) => unflattenRecord(entity, row)), lines: rows.map((_, i) => i + 2), single: false };
}
