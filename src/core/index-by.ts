import { fold } from "./fold.js";
import { kindOf, requireFunction, requireString, requireStringArray } from "./guards.js";
/**
 * Builds a lookup function over a dataset that indexes it on first use (never at import time) and then
 * answers in O(1).
 *
 * @category Utilities
 * @example
 * ```ts
 * import { lazyIndex } from "c5-minerals";
 * const byId = lazyIndex([{ id: "a" }, { id: "b" }], (r) => [r.id]);
 * byId("b"); // { id: "b" }
 * ```
 */
export function lazyIndex<R>(records: readonly R[], keys: (record: R) => readonly string[]): (key: string) => R | undefined {
  if (!Array.isArray(records)) throw new TypeError(`records must be an array, got ${kindOf(records)}`);
  requireFunction(keys, "keys");
  let index: Map<string, R> | undefined;
  return (key) => {
    requireString(key, "key");
    if (index === undefined) {
      index = new Map();
      for (const record of records)
        for (const k of requireStringArray(keys(record), "keys(record)")) if (!index.has(k)) index.set(k, record);
    }
    return index.get(key);
  };
}

/**
 * Folds a name for matching: lower case, accents removed, apostrophes and the letters written like them
 * (Uzbek's ʻ and ʼ, ‘ ’ ' and \`) dropped, other punctuation and spaces collapsed.
 * `"Türkiye"`, `"turkiye"` and `"TURKIYE"` fold to the same key; so do `"Oʻzbekiston"` and `"O'zbekiston"`.
 *
 * @category Utilities
 * @example
 * ```ts
 * import { foldName } from "c5-minerals";
 * foldName("Türkiye") === foldName("turkiye"); // true
 * foldName("Oʻzbekiston") === foldName("O'zbekiston"); // true
 * ```
 */
export function foldName(name: string): string {
  return fold(requireString(name, "name"));
}
