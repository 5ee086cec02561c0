import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { CsvError, csvRecordsWithLines } from "../core/csv.js";
import { excerpt } from "../core/excerpt.js";
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

/** The file argument that means standard input. */
export const STDIN = "-";

/** A file named for a message: its name bounded and escaped, or "standard input" for `-`. */
export function nameOf(file: string): string {
  return file === STDIN ? "standard input" : `'${excerpt(file)}'`;
}

/**
 * The file a command reads: the one named, `-` for standard input, or standard input when none is named
 * and it comes from a pipe or a file (`cat data.csv | c5-minerals …`, `c5-minerals … < data.csv`).
 */
export function inputOf(positionals: readonly string[]): string | undefined {
  if (positionals.length > 0) return positionals[0];
  try {
    const stat = fstatSync(0);
    // a socket is left alone: test runners and process managers hold one open that never ends
    return stat.isFIFO() || stat.isFile() ? STDIN : undefined;
  } catch {
    return undefined;
  }
}

export function formatOf(file: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given !== "json" && given !== "ndjson" && given !== "csv")
      throw new UsageError(`--format is one of json, ndjson, csv; got '${excerpt(given)}'`);
    return given;
  }
  if (file === STDIN) throw new UsageError("Cannot tell the format of standard input: pass --format json|ndjson|csv");
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
      `Cannot tell the format of ${nameOf(file)}: use a .json, .ndjson, .jsonl or .csv file, or pass --format json|ndjson|csv`,
    );
  }
  return format;
}

/** Why a file cannot be read, as an {@link InputError}. */
function cannotRead(file: string, error: unknown): InputError {
  return new InputError(`Cannot read ${nameOf(file)}: ${describeOsError(error) ?? excerpt((error as Error).message)}`);
}

/**
 * Opens what a command reads: standard input for `-`, else the file, refusing what is missing, a
 * directory, empty or (a regular file) over `maxBytes`. A pipe or a device (`<(…)`, /dev/stdin) is read
 * as it comes, its size checked while reading. Returns the descriptor and whether to close it.
 */
function openInput(file: string, maxBytes: number | undefined): { fd: number; close: boolean } {
  if (file === STDIN) return { fd: 0, close: false };
  let regular: boolean;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`${nameOf(file)} is not a file: it is a directory`);
    regular = stat.isFile();
    if (regular && maxBytes !== undefined && stat.size > maxBytes)
      throw new InputError(
        `${nameOf(file)} is ${stat.size} bytes, more than the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
      );
    if (regular && stat.size === 0) throw new InputError(`${nameOf(file)} is empty`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(file, error);
  }
  try {
    return { fd: openSync(file, "r"), close: true };
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Waits a little (a non-blocking standard input has nothing yet). */
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);

/**
 * Reads a file (or standard input for `-`) in blocks into `push`, so that memory does not grow with the
 * input; refuses what is missing, a directory, empty or over `maxBytes` (when given).
 */
export function readBlocks(file: string, maxBytes: number | undefined, push: (block: Uint8Array) => void): void {
  const { fd, close } = openInput(file, maxBytes);
  let total = 0;
  try {
    const buffer = new Uint8Array(1024 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as { code?: unknown }).code === "EAGAIN") {
          pause();
          continue;
        }
        if ((error as { code?: unknown }).code === "EOF") break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      if (maxBytes !== undefined && total > maxBytes)
        throw new InputError(`${nameOf(file)} is more than the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
      push(buffer.subarray(0, n));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const os = describeOsError(error);
    if (os === undefined) throw error;
    throw new InputError(`Cannot read ${nameOf(file)}: ${os}`);
  } finally {
    if (close) closeSync(fd);
  }
  if (total === 0) throw new InputError(`${nameOf(file)} is empty`);
}

/** Reads a file's bytes (standard input for `-`), refusing what is missing, a directory, empty or over the size limit. */
export function readBytes(file: string, maxBytes: number): Uint8Array {
  const blocks: Uint8Array[] = [];
  readBlocks(file, maxBytes, (block) => blocks.push(block.slice()));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** Reads a file as UTF-8 text, with the checks of {@link readBytes}. */
export function readText(file: string, maxBytes: number): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readBytes(file, maxBytes));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${nameOf(file)} is not valid UTF-8 text`);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`${where}: the JSON is nested too deeply to read`);
    throw new InputError(`${where}: not valid JSON (${excerpt((error as Error).message)})`);
  }
}

export function readRecords(file: string, format: InputFormat, entity: EntityName, maxBytes: number): ReadRecords {
  const text = readText(file, maxBytes);
  if (format === "json") {
    const value = parseJson(text, nameOf(file));
    return Array.isArray(value) ? { records: value, single: false } : { records: [value], single: true };
  }
  if (format === "ndjson") {
    const records: unknown[] = [];
    const lines: number[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      records.push(parseJson(line, `${nameOf(file)} line ${i + 1}`));
      lines.push(i + 1);
    });
    if (records.length === 0) throw new InputError(`${nameOf(file)} holds no records`);
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
    if (error instanceof CsvError) throw new InputError(`${nameOf(file)}: ${excerpt(error.message)}`);
    throw error;
  }
  if (rows.length === 0) throw new InputError(`${nameOf(file)} holds a header but no records`);
  return { records: rows.map((row) => unflattenRecord(entity, row.record)), lines: rows.map((r) => r.line), single: false };
}
