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

import { partnerships } from "../datasets/partnerships.js";

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
  const { country, partnership, from, to } = filter;
  const wanted = new Set<string>();
  if (partnership !== undefined) {
    wanted.add(partnership);
    if (filter.includeChildren !== false) for (const p of partnerships) if (p.parent === partnership) wanted.add(p.id);
  }
  const code = country?.toUpperCase();
  return events
    .filter((e) => (from === undefined || e.date >= from) && (to === undefined || e.date <= to))
    .filter((e) => code === undefined || (e.participants as readonly string[]).includes(code) || e.place?.country === code)
    .filter((e) => partnership === undefined || e.partnerships.some((id) => wanted.has(id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
