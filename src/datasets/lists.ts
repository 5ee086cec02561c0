import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { resolverOf } from "../core/resolve.js";
import { type CriticalMineralListLiteral, listsRecords } from "./generated/lists.js";
import { type OmittedListLiteral, omittedListsRecords } from "./generated/omittedLists.js";

/**
 * All critical-mineral lists, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { criticalMineralLists } from "c5-minerals/lists";
 * criticalMineralLists.every((l) => l.entries.length === l.statedCount); // true
 * ```
 */
export const criticalMineralLists: readonly CriticalMineralListLiteral[] = deepFreeze(listsRecords);

/**
 * A list record of the dataset.
 *
 * @category Datasets
 */
export type CriticalMineralListRecord = CriticalMineralListLiteral;
/**
 * The id of a list in the dataset.
 *
 * @category Datasets
 */
export type ListId = CriticalMineralListRecord["id"];

const resolver = resolverOf<CriticalMineralListRecord>(
  criticalMineralLists,
  "list",
  (l) => [l.id],
  (l) => [l.title],
  "try a list id such as 'us-2025-critical-minerals'",
);

/**
 * Finds a list by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getList } from "c5-minerals/lists";
 * getList("us-2022-critical-minerals")?.statedCount; // 50
 * ```
 */
export function getList<I extends ListId>(id: I): KeyedRecord<CriticalMineralListRecord, "id", I>;
export function getList(id: string): CriticalMineralListRecord | undefined;
export function getList(id: string): CriticalMineralListRecord | undefined {
  return resolver.find(requireString(id, "id"));
}

/** The list with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireList(id: unknown, name: string): CriticalMineralListRecord {
  return resolver.require(id, name);
}

/**
 * Lists that were considered and left out of {@link criticalMineralLists}, each with the reason: entries not
 * read, no official list found, incomplete, or low confidence. Deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { omittedLists } from "c5-minerals/lists";
 * omittedLists.find((o) => o.jurisdiction === "KZ")?.reason; // "no-official-list"
 * ```
 */
export const omittedLists: readonly OmittedListLiteral[] = deepFreeze(omittedListsRecords);

/**
 * A record of the omitted-lists dataset.
 *
 * @category Datasets
 */
export type OmittedListRecord = OmittedListLiteral;
