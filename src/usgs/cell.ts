import { excerpt } from "../core/excerpt.js";
import { kindOf, requireString } from "../core/guards.js";
import type { FigureStatus } from "../schemas/figure.js";

/**
 * What a printed USGS table cell means.
 *
 * @category Validation
 */
export interface ParsedCell {
  /** How the source presents the value. */
  status: FigureStatus;
  /** The number, or null when withheld, not available, not applicable or less than half a unit. */
  value: number | null;
  /** Present when the cell is a bound such as `>95`. */
  bound?: "lower";
  /** Footnote markers found in the cell, e.g. `["6"]` for `(6)690`. */
  footnotes: string[];
}

/**
 * Why a cell could not be read.
 *
 * @category Validation
 */
export interface CellProblem {
  /** The cell as given. */
  printed: string;
  /** What is wrong, for a person. */
  reason: string;
}

const WORDS = new Set(["large", "small", "moderate", "very large", "negligible"]);
const ZERO = new Set(["—", "–", "-", "--"]);
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads one cell of a USGS Mineral Commodity Summaries table as printed: `6,000`, `e6,000` (estimated),
 * `W` (withheld), `NA` (not available), `XX` (not applicable), `—` (zero), `s` (less than half the table's unit:
 * more than zero but too small to print, so no number), `>95` (lower bound), words such as `Large`
 * (not available as a number), and footnote markers in parentheses, `(6)690` or `690(6)`.
 * It never guesses: a cell it cannot read comes back as a {@link CellProblem}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parseUsgsCell } from "c5-minerals/validate";
 * parseUsgsCell("e6,000"); // { status: "estimated", value: 6000, footnotes: [] }
 * parseUsgsCell("W"); // { status: "withheld", value: null, footnotes: [] }
 * parseUsgsCell("XX"); // { status: "not-applicable", value: null, footnotes: [] }
 * parseUsgsCell("s"); // { status: "less-than-half-unit", value: null, footnotes: [] }
 * "reason" in parseUsgsCell("6,00O"); // true
 * ```
 */
export function parseUsgsCell(printed: string): ParsedCell | CellProblem {
  let text = requireString(printed, "printed")
    .replace(/\u00a0/g, " ")
    .trim();
  const footnotes: string[] = [];
  text = text.replace(/\((\d{1,2})\)/g, (_match, marker: string) => {
    footnotes.push(marker);
    return "";
  });
  text = text.trim();
  if (text === "") return { printed, reason: "the cell is empty" };
  const upper = text.toUpperCase();
  if (upper === "W") return { status: "withheld", value: null, footnotes };
  if (upper === "NA") return { status: "not-available", value: null, footnotes };
  if (upper === "XX") return { status: "not-applicable", value: null, footnotes };
  if (text === "s") return { status: "less-than-half-unit", value: null, footnotes };
  if (ZERO.has(text)) return { status: "zero", value: 0, footnotes };
  if (WORDS.has(text.toLowerCase())) return { status: "not-available", value: null, footnotes };
  let estimated = false;
  let bound: "lower" | undefined;
  if (text.startsWith(">")) {
    bound = "lower";
    text = text.slice(1).trim();
  }
  if (/^e\s?/.test(text)) {
    estimated = true;
    text = text.replace(/^e\s?/, "");
  }
  if (text.startsWith(">")) {
    bound = "lower";
    text = text.slice(1).trim();
  }
  if (!NUMBER.test(text)) {
    return { printed, reason: `'${excerpt(printed)}' is not a number, W, NA, XX, s, — or a known word` };
  }
  const value = Number(text.replace(/,/g, ""));
  const status: FigureStatus = value === 0 ? "zero" : estimated ? "estimated" : "reported";
  return bound === undefined ? { status, value, footnotes } : { status, value, bound, footnotes };
}

/**
 * Whether {@link parseUsgsCell} returned a problem rather than a value.
 *
 * @category Validation
 * @example
 * ```ts
 * import { isCellProblem, parseUsgsCell } from "c5-minerals/validate";
 * isCellProblem(parseUsgsCell("NA")); // false
 * ```
 */
export function isCellProblem(cell: ParsedCell | CellProblem): cell is CellProblem {
  if (cell === null || typeof cell !== "object" || Array.isArray(cell))
    throw new TypeError(`cell must be what parseUsgsCell returns (an object), got ${kindOf(cell)}`);
  return "reason" in cell;
}
