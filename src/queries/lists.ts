import { type CriticalMineralListRecord, criticalMineralLists, getList } from "../datasets/lists.js";

function requireList(id: string): CriticalMineralListRecord {
  const list = getList(id);
  if (list === undefined) {
    throw new RangeError(`No list '${id}'. Known lists: ${criticalMineralLists.map((l) => l.id).join(", ")}`);
  }
  return list;
}

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
  return requireList(listId).entries.some((e) => (e.minerals as readonly string[]).includes(mineral));
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
  const found: { list: CriticalMineralListRecord; entry: string }[] = [];
  for (const list of criticalMineralLists) {
    const entry = list.entries.find((e) => (e.minerals as readonly string[]).includes(mineral));
    if (entry !== undefined) found.push({ list, entry: entry.name });
  }
  return found.sort((a, b) => a.list.date.localeCompare(b.list.date) || a.list.id.localeCompare(b.list.id));
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
  const from = ids(requireList(fromId));
  const to = ids(requireList(toId));
  const sorted = (values: Iterable<string>) => [...values].sort();
  return {
    added: sorted([...to].filter((m) => !from.has(m))),
    removed: sorted([...from].filter((m) => !to.has(m))),
    kept: sorted([...to].filter((m) => from.has(m))),
  };
}
