/**
 * Compares two partial dates by the earliest day each can denote (`"2022"` sorts as `2022-01-01`).
 * Returns a negative number, zero or a positive number, like a `sort` comparator.
 *
 * @example
 * ```ts
 * import { comparePartialDates } from "c5-minerals/schemas";
 * comparePartialDates("2022-06", "2022-06-14") < 0; // true
 * ```
 */
export function comparePartialDates(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const left = pad(a);
  const right = pad(b);
  return left < right ? -1 : left > right ? 1 : a.length - b.length;
}
