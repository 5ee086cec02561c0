import { CsvError, CsvReader, type CsvRow, csvHeader, csvRecord, isBlankRow } from "../core/csv.js";
import { kindOf, optional, requireInteger, requireOptions, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { COLLECTION_NAMES, ENTITY_SCHEMAS, type EntityName } from "./entities.js";
import { unflattenRecord } from "./flat.js";
import { requireEntity, toIssues, type ValidationIssue } from "./validate.js";

/**
 * An issue found while validating a stream: a {@link ValidationIssue} with the line it is on.
 *
 * @category Validation
 */
export interface StreamIssue extends ValidationIssue {
  /** The 1-based line where the record with the problem starts. */
  line: number;
}

/**
 * The outcome of {@link validateStream}.
 *
 * @category Validation
 */
export interface StreamResult {
  /** Whether every record was read and valid. */
  ok: boolean;
  /** How many records were read. */
  records: number;
  /** How many of them had a problem. */
  invalid: number;
  /** The issues, in the order found, at most `maxIssues` of them. */
  issues: StreamIssue[];
  /** How many more issues were found beyond `maxIssues` (not kept, so memory stays bounded). */
  moreIssues: number;
}

/**
 * Options for {@link validateStream}.
 *
 * @category Validation
 */
export interface StreamOptions {
  /** The format of the text: NDJSON (one JSON record a line) or CSV with a header row (dotted columns for nested fields). */
  format: "ndjson" | "csv";
  /** What to call the collection in paths; default the entity's plural, e.g. `figures`. */
  label?: string;
  /** How many issues to keep (default 1000); the rest are only counted. */
  maxIssues?: number;
  /**
   * The longest record accepted, in characters (default 64 MiB): an NDJSON line or a CSV row. A longer
   * record is an issue of its own and is not read; reading goes on at the next line (the next row), so the
   * result is the same however the input is cut into pieces. A CSV header longer than this ends the reading.
   */
  maxRecordLength?: number;
}

const FORMATS = ["ndjson", "csv"] as const;

/**
 * Validates records pushed to it in pieces: the state of {@link validateStream}, usable synchronously
 * (the CLI feeds it a file read in blocks). Memory is bounded by the longest record, not the input.
 * Internal.
 */
export class StreamValidator {
  private readonly entity: EntityName;
  private readonly label: string;
  private readonly maxIssues: number;
  private readonly maxRecordLength: number;
  private readonly format: "ndjson" | "csv";
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private readonly result: StreamResult = { ok: true, records: 0, invalid: 0, issues: [], moreIssues: 0 };
  private stopped = false;
  // NDJSON: the text after the last line end, and the number of that line
  private rest = "";
  private line = 1;
  /** Dropping the rest of an NDJSON line that is already longer than the limit. */
  private skipping = false;
  /** No text has been read yet (a byte-order mark at the start of text input is dropped, as for bytes). */
  private first = true;
  // CSV
  private readonly csv: CsvReader | undefined;
  private header: string[] | undefined;

  constructor(entity: unknown, options: unknown) {
    this.entity = requireEntity(entity);
    const o = requireOptions<StreamOptions>(options, "options", ["format", "label", "maxIssues", "maxRecordLength"], false);
    this.format = requireOneOf(o.format, "options.format", FORMATS);
    this.label = optional(o.label, "options.label", requireString) ?? COLLECTION_NAMES[this.entity];
    this.maxIssues = optional(o.maxIssues, "options.maxIssues", (v, n) => requireInteger(v, n, 0)) ?? 1000;
    this.maxRecordLength =
      optional(o.maxRecordLength, "options.maxRecordLength", (v, n) => requireInteger(v, n, 1)) ?? 64 * 1024 * 1024;
    this.csv = this.format === "csv" ? new CsvReader((row) => this.csvRow(row), this.maxRecordLength) : undefined;
  }

  private issue(issue: StreamIssue): void {
    this.result.ok = false;
    if (this.result.issues.length < this.maxIssues) this.result.issues.push(issue);
    else this.result.moreIssues++;
  }

  /** An issue that ends the reading (the rest of the input cannot be read reliably). */
  private stop(line: number, message: string): void {
    this.issue({ path: this.label, message, rule: "schema", line });
    this.stopped = true;
  }

  private check(value: unknown, line: number): void {
    const index = this.result.records++;
    // one parse: what each issue received is read from the record at the issue's path
    const parsed = ENTITY_SCHEMAS[this.entity].safeParse(value);
    if (parsed.success) return;
    this.result.invalid++;
    for (const issue of toIssues(parsed.error, `${this.label}[${index}]`, index, value)) this.issue({ ...issue, line });
  }

  /** A record longer than the limit: an issue of its own, not read. */
  private tooLong(line: number): void {
    const index = this.result.records++;
    this.result.invalid++;
    this.issue({
      path: `${this.label}[${index}]`,
      message: `line ${line} is longer than ${this.maxRecordLength} characters; not read`,
      rule: "schema",
      record: index,
      line,
    });
  }

  private ndjsonLine(text: string, line: number): void {
    if (text.length > this.maxRecordLength) {
      this.tooLong(line);
      return;
    }
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const index = this.result.records++;
      this.result.invalid++;
      this.issue({
        path: `${this.label}[${index}]`,
        message:
          error instanceof RangeError ? "the JSON is nested too deeply to read" : `not valid JSON (${(error as Error).message})`,
        rule: "schema",
        record: index,
        line,
      });
      return;
    }
    this.check(value, line);
  }

  private csvRow({ cells, line, tooLong }: CsvRow): void {
    if (tooLong === true) {
      if (this.header === undefined)
        throw new CsvError(`the header is longer than ${this.maxRecordLength} characters; not read`, line);
      this.tooLong(line);
      return;
    }
    if (this.header === undefined) {
      this.header = csvHeader(cells, line);
      return;
    }
    if (isBlankRow(cells)) return;
    const header = this.header;
    if (cells.length !== header.length && (cells.length < header.length || cells.slice(header.length).some((c) => c !== ""))) {
      const index = this.result.records++;
      this.result.invalid++;
      this.issue({
        path: `${this.label}[${index}]`,
        message: `the row has ${cells.length} cells but the header has ${header.length}`,
        rule: "schema",
        record: index,
        line,
      });
      return;
    }
    this.check(unflattenRecord(this.entity, csvRecord(header, cells)), line);
  }

  /** Reads the next piece of the input (bytes are UTF-8). */
  push(chunk: string | Uint8Array): void {
    if (this.stopped) return;
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else if (chunk instanceof Uint8Array) {
      try {
        text = this.decoder.decode(chunk, { stream: true });
      } catch {
        this.stop(this.line, "the input is not valid UTF-8 text");
        return;
      }
    } else throw new TypeError(`input must give strings or Uint8Arrays, got ${kindOf(chunk)}`);
    if (this.first && text.length > 0) {
      // the decoder drops a byte-order mark at the start of bytes; text that starts with one reads the same
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.csv !== undefined) {
      try {
        this.csv.push(text);
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
        this.stop(error.line, error.message);
      }
      return;
    }
    let start = 0;
    let end = text.indexOf("\n");
    if (end !== -1 && this.skipping) {
      // the end of a line already reported as too long
      this.skipping = false;
      this.line++;
      start = end + 1;
      end = text.indexOf("\n", start);
    } else if (end !== -1 && this.rest !== "") {
      if (this.rest.length + end > this.maxRecordLength) this.tooLong(this.line++);
      else this.ndjsonLine(this.rest + text.slice(0, end), this.line++);
      this.rest = "";
      start = end + 1;
      end = text.indexOf("\n", start);
    }
    if (this.skipping) return;
    while (end !== -1) {
      this.ndjsonLine(text.slice(start, end), this.line++);
      start = end + 1;
      end = text.indexOf("\n", start);
    }
    if (this.rest.length + (text.length - start) > this.maxRecordLength) {
      // the line is already too long: report it now and drop the rest of it as it arrives
      this.tooLong(this.line);
      this.rest = "";
      this.skipping = true;
      return;
    }
    this.rest += text.slice(start);
  }

  /** Ends the input and returns the result. */
  end(): StreamResult {
    if (!this.stopped) {
      try {
        const tail = this.decoder.decode();
        if (tail !== "") this.push(tail);
      } catch {
        this.stop(this.line, "the input is not valid UTF-8 text");
      }
    }
    if (!this.stopped) {
      if (this.csv !== undefined) {
        try {
          this.csv.end();
        } catch (error) {
          if (!(error instanceof CsvError)) throw error;
          this.stop(error.line, error.message);
        }
      } else if (this.rest !== "" && !this.skipping) {
        this.ndjsonLine(this.rest, this.line);
        this.rest = "";
      }
    }
    return this.result;
  }
}

/**
 * Validates NDJSON or CSV records of an entity as they stream in, without holding the input: memory is
 * bounded by the longest record, so files of any size can be checked. Each record is parsed once;
 * every issue says its line. A line that is not JSON is an issue of its record and reading goes on; a
 * CSV quoting error or bytes that are not UTF-8 end the reading with an issue. Rules across records
 * (unique ids, references) need every record at once: use {@link validateCollection} for them.
 *
 * `input` is any iterable or async iterable of strings or bytes: a Node stream
 * (`fs.createReadStream(path)`), a web `ReadableStream`, or an array of pieces.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateStream } from "c5-minerals/validate";
 * const ndjson = ['{"id":"a","title":"A","publisher":"P","url":"https://example.org","published":"2024","kind":"report"}',
 *   '{"id":"Bad Id"}'].join("\n");
 * const result = await validateStream("source", [ndjson], { format: "ndjson" });
 * result.ok; // false
 * result.issues[0]?.line; // 2
 * ```
 */
export async function validateStream(
  entity: EntityName,
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: StreamOptions,
): Promise<StreamResult> {
  const validator = new StreamValidator(entity, options);
  const iterable = input as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown } | null;
  if (
    typeof input === "string" ||
    iterable === null ||
    typeof iterable !== "object" ||
    (typeof iterable[Symbol.asyncIterator] !== "function" && typeof iterable[Symbol.iterator] !== "function")
  )
    throw new TypeError(`input must be an iterable or async iterable of strings or Uint8Arrays, got ${kindOf(input)}`);
  for await (const chunk of input) validator.push(chunk);
  return validator.end();
}
