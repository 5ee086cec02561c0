import { parseArgs } from "node:util";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { UsageError } from "./errors.js";
import { DEFAULT_MAX_BYTES } from "./limits.js";

/** What a command prints and the exit code it asks for. */
export interface Outcome {
  stdout: string;
  stderr?: string;
  code: 0 | 1 | 2;
}

/** One CLI command: its name, one-line summary, help text and what it does. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Outcome;
}

/** The options a command (or a query kind) accepts, in the form of `node:util` parseArgs. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Parsed command-line arguments. */
export interface ParsedArgs {
  positionals: string[];
  /** The names of the options given. */
  given: string[];
  /** A string option's value. */
  str(name: string): string | undefined;
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
  /** Every value of a repeatable string option. */
  all(name: string): string[];
}

/** Parses arguments strictly against `options` (plus --help and --json); a mistake is a {@link UsageError}. */
export function parse(args: string[], options: OptionSpec): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" }, json: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, "."));
  }
  const { values, positionals } = parsed;
  const own = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  return {
    positionals,
    given: Object.keys(values),
    str: (name) => {
      const v = own(name);
      return typeof v === "string" ? v : undefined;
    },
    flag: (name) => own(name) === true,
    all: (name) => {
      const v = own(name);
      return Array.isArray(v) ? (v as string[]) : [];
    },
  };
}

/** The --max-bytes option, checked. */
export function maxBytesOf(o: ParsedArgs): number {
  const given = o.str("max-bytes");
  if (given === undefined) return DEFAULT_MAX_BYTES;
  const n = Number(given);
  if (!/^\d+$/.test(given) || !Number.isSafeInteger(n) || n <= 0)
    throw new UsageError("--max-bytes takes a positive whole number");
  return n;
}

/** A value as indented JSON with a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
/** A share as a percentage with one decimal, or n/a. */
export const pct = (share: number | null): string => (share === null ? "n/a" : `${(share * 100).toFixed(1)}%`);
/** The C5 states' codes. */
export const C5 = C5_COUNTRY_CODES;

/** The outcome of `--help`: the command's usage text. */
export function help(command: Command): Outcome {
  return { stdout: `${command.usage}\n`, code: 0 };
}
