import { optional, requireBoolean, requireOptions } from "../core/guards.js";
import { partialDateSpan, requirePartialDate } from "../core/partial-dates.js";
import { requireCountry } from "../datasets/countries.js";
import { type EventRecord, events } from "../datasets/partnerships.js";

/**
 * Filters for {@link timeline}; all optional, combined with AND.
 *
 * @category Queries
 */
export interface TimelineFilter {
  /** Only events a country (alpha-2) or `EU` took part in or hosted. */
  country?: string;
  /** Only events of this partnership (or of partnerships under it, when `includeChildren`). */
  partnership?: string;
  /** Include events of partnerships whose parent is `partnership` (default true). */
  includeChildren?: boolean;
  /** First date, inclusive (YYYY-MM-DD). */
  from?: string;
  /** Last date, inclusive (YYYY-MM-DD). */
  to?: string;
}

import { compareText } from "../core/order.js";
import { partnerships, requirePartnership } from "../datasets/partnerships.js";

/**
 * Events in date order, filtered by country, partnership and date range.
 *
 * @category Queries
 * @example
 * ```ts
 * import { timeline } from "c5-minerals/partnerships";
 * timeline({ partnership: "c5-plus-1-critical-minerals-dialogue" })[0]?.date; // "2023-09-19" (the summit that announced it)
 * ```
 */
export function timeline(filter: TimelineFilter = {}): EventRecord[] {
  const f = requireOptions<TimelineFilter>(filter, "filter", ["country", "partnership", "includeChildren", "from", "to"]);
  const code = optional(f.country, "filter.country", (v, n) => requireCountry(v, n).alpha2 as string);
  const partnership = optional(f.partnership, "filter.partnership", (v, n) => requirePartnership(v, n).id as string);
  const includeChildren = optional(f.includeChildren, "filter.includeChildren", requireBoolean) ?? true;
  const from = optional(f.from, "filter.from", requirePartialDate);
  const to = optional(f.to, "filter.to", requirePartialDate);
  if (from !== undefined && to !== undefined && partialDateSpan(to)[1] < partialDateSpan(from)[0])
    throw new RangeError(`filter.to (${to}) is before filter.from (${from})`);
  // an event is in the window when the day or span its date denotes can fall inside it
  const first = from === undefined ? undefined : partialDateSpan(from)[0];
  const last = to === undefined ? undefined : partialDateSpan(to)[1];
  const wanted = new Set<string>();
  if (partnership !== undefined) {
    wanted.add(partnership);
    if (includeChildren) for (const p of partnerships) if (p.parent === partnership) wanted.add(p.id);
  }
  return events
    .filter(
      (e) =>
        (first === undefined || partialDateSpan(e.date)[1] >= first) &&
        (last === undefined || partialDateSpan(e.date)[0] <= last),
    )
    .filter((e) => code === undefined || (e.participants as readonly string[]).includes(code) || e.place?.country === code)
    .filter((e) => partnership === undefined || e.partnerships.some((id) => wanted.has(id)))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
}
