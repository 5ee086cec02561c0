import { compareText } from "../core/order.js";
import { type CriticalMineralListRecord, criticalMineralLists, requireList } from "../datasets/lists.js";
import { requireMineral } from "../datasets/minerals.js";

const knownList = requireList;

/**
 * Whether a list names a mineral, directly or as part of an entry ("Bauxite/Alumina/Aluminium" names
 * aluminum). Throws a `RangeError` for an unknown list id.
 *
 * @category Queries
 * @example
 * ```ts
 * import { isOnList } from "c5-minerals/lists";
 * isOnList("us-2025-critical-minerals", "uranium"); // true
 * isOnList("us-2022-critical-minerals", "uranium"); // false
 * ```
 */
export function isOnList(listId: string, mineral: string): boolean {
  const list = knownList(listId, "listId");
  const id = requireMineral(mineral, "mineral").id as string;
  return list.entries.some((e) => (e.minerals as readonly string[]).includes(id));
}

/**
 * The lists that name a mineral, oldest first, each with the entry (in the list's wording) that names it.
 *
 * @category Queries
 * @example
 * ```ts
 * import { listsNaming } from "c5-minerals/lists";
 * listsNaming("mercury").map((x) => x.list.id); // ["kg-2025-critical-minerals"]
 * listsNaming("chromium")[0]?.list.id; // "eu-2014-critical-raw-materials"
 * ```
 */
export function listsNaming(mineral: string): { list: CriticalMineralListRecord; entry: string }[] {
  const id = requireMineral(mineral, "mineral").id as string;
  const found: { list: CriticalMineralListRecord; entry: string }[] = [];
  for (const list of criticalMineralLists) {
    const entry = list.entries.find((e) => (e.minerals as readonly string[]).includes(id));
    if (entry !== undefined) found.push({ list, entry: entry.name });
  }
  return found.sort((a, b) => compareText(a.list.date, b.list.date) || compareText(a.list.id, b.list.id));
}

/**
 * What changes from one list to another, by mineral id.
 *
 * @category Queries
 */
export interface ListDifference {
  /** Mineral ids on `to` but not on `from`. */
  added: string[];
  /** Mineral ids on `from` but not on `to`. */
  removed: string[];
  /** Mineral ids on both. */
  kept: string[];
}

/**
 * Compares two lists by the mineral ids their entries cover: what the second adds, drops and keeps.
 *
 * @category Queries
 * @example
 * ```ts
 * import { compareLists } from "c5-minerals/lists";
 * const diff = compareLists("us-2022-critical-minerals", "us-2025-critical-minerals");
 * diff.added.includes("copper"); // true
 * diff.removed; // []
 * ```
 */
export function compareLists(fromId: string, toId: string): ListDifference {
  const ids = (list: CriticalMineralListRecord) => new Set<string>(list.entries.flatMap((e) => e.minerals));
  const from = ids(knownList(fromId, "fromId"));
  const to = ids(knownList(toId, "toId"));
  const sorted = (values: Iterable<string>) => [...values].sort();
  return {
    added: sorted([...to].filter((m) => !from.has(m))),
    removed: sorted([...from].filter((m) => !to.has(m))),
    kept: sorted([...to].filter((m) => from.has(m))),
  };
}
