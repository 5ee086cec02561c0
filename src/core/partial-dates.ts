import { excerpt } from "./excerpt.js";
import { requireString } from "./guards.js";
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
  requirePartialDate(a, "a");
  requirePartialDate(b, "b");
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
  requirePartialDate(date, "date");
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
  requirePartialDate(a, "a");
  requirePartialDate(b, "b");
  return partialDateSpan(a)[1] < partialDateSpan(b)[0];
}

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Whether `value` is a date known to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD) that exists in the calendar. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month);
}

/** `value` as a partial date that exists in the calendar, or a TypeError/RangeError naming `name`. */
export function requirePartialDate(value: unknown, name: string): string {
  if (!isPartialDate(requireString(value, name)))
    throw new RangeError(
      `${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, got "${excerpt(value, 60)}"`,
    );
  return value as string;
}

/** `value` as a full calendar date YYYY-MM-DD, or a TypeError/RangeError naming `name`. */
export function requireDay(value: unknown, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(requireString(value, name)) || !isPartialDate(value as string))
    throw new RangeError(`${name} must be a date as YYYY-MM-DD that exists in the calendar, got "${excerpt(value, 60)}"`);
  return value as string;
}

/** `day` (YYYY-MM-DD) plus `months` calendar months: the same day of the month, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
