/**
 * Compares two partial dates by the earliest day each can denote (`"2022"` sorts as `2022-01-01`).
 * Returns a negative number, zero or a positive number, like a `sort` comparator.
 *
 * @category Utilities
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

/**
 * The first and last calendar day a partial date can denote: `"2023"` spans 2023-01-01 to 2023-12-31.
 *
 * @category Utilities
 * @example
 * ```ts
 * import { partialDateSpan } from "c5-minerals/schemas";
 * partialDateSpan("2024-02"); // ["2024-02-01", "2024-02-29"]
 * ```
 */
export function partialDateSpan(date: string): [first: string, last: string] {
  const [year = "0000", month, day] = date.split("-");
  if (day !== undefined) return [date, date];
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(lastDay).padStart(2, "0")}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/**
 * Whether partial date `a` certainly lies before partial date `b`: every day `a` can denote comes before
 * every day `b` can denote (`"2023"` is certainly before `"2024-02-08"`; `"2024"` is not).
 *
 * @category Utilities
 * @example
 * ```ts
 * import { certainlyBefore } from "c5-minerals/schemas";
 * certainlyBefore("2023", "2024-02-08"); // true
 * certainlyBefore("2024", "2024-02-08"); // false
 * ```
 */
export function certainlyBefore(a: string, b: string): boolean {
  return partialDateSpan(a)[1] < partialDateSpan(b)[0];
}
