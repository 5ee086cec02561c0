// The ground floor: imports nothing of the package (and no zod).

/** The longest excerpt of input a message shows unless told otherwise, in characters. */
export const EXCERPT_MAX = 200;

/** Whether a code point must be escaped to be shown safely on one line of a terminal or a log. */
function unsafe(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

const NAMED: Readonly<Record<number, string>> = { 9: "\\t", 10: "\\n", 13: "\\r" };

/** A value as text, whatever it is (never throws). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "symbol") return value.description === undefined ? "Symbol()" : `Symbol(${value.description})`;
  if (value === null || typeof value !== "object") return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return "an object";
}

/**
 * A bounded, printable excerpt of a value for a message that echoes input: at most `max` characters
 * (default 200) of it, with control characters, line ends, bidirectional controls, byte-order marks and
 * lone surrogates written as escapes (`\n`, `\u0007`), and, when cut, an ellipsis and the full length.
 * Whatever comes in (a megabyte line, terminal escape codes, a value that is not a string), what goes
 * out is one short line that cannot move the cursor or reorder the text around it.
 *
 * Internal: every message of the package and its CLI that shows input goes through it
 * (`excerpt("x".repeat(1000), 10)` is `"xxxxxxxxxx… (1000 characters)"`).
 */
export function excerpt(value: unknown, max: number = EXCERPT_MAX): string {
  const limit = Number.isSafeInteger(max) && max > 0 ? max : EXCERPT_MAX;
  const text = textOf(value);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i) ?? 0;
    const pair = c > 0xffff;
    // a lone surrogate has a code point in the surrogate range; a pair is one character
    const shown = unsafe(c) ? (NAMED[c] ?? `\\u${c.toString(16).padStart(4, "0")}`) : String.fromCodePoint(c);
    if (out.length + shown.length > limit) break;
    out += shown;
    i += pair ? 2 : 1;
  }
  return i < text.length ? `${out}… (${text.length} characters)` : out;
}
