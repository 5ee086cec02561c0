// The ground floor: imports nothing of the package (and no zod).

/**
 * Orders two strings by their UTF-16 code units. For the ids, codes and ISO dates the package sorts
 * (lower-case kebab-case ids, upper-case codes, `YYYY-MM-DD`) this is the order `localeCompare` gives,
 * without the cost of starting a locale collator: that start alone took longer than loading a dataset,
 * on the first answer of a process. Internal.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
