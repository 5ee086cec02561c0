import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { resolverOf } from "../core/resolve.js";
import { type SourceLiteral, sourcesRecords } from "./generated/sources.js";

/**
 * All sources, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { sources } from "c5-minerals/sources";
 * sources.every((s) => s.url.startsWith("http")); // true
 * ```
 */
export const sources: readonly SourceLiteral[] = deepFreeze(sourcesRecords);

/**
 * A source record of the dataset.
 *
 * @category Datasets
 */
export type SourceRecord = SourceLiteral;
/**
 * The id of a source in the dataset.
 *
 * @category Datasets
 */
export type SourceId = SourceRecord["id"];

const resolver = resolverOf<SourceRecord>(sources, "source", (s) => [s.id]);

/**
 * Finds a source by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getSource } from "c5-minerals/sources";
 * getSource("usgs-mcs-2025-chromium")?.publisher; // "U.S. Geological Survey"
 * ```
 */
export function getSource<I extends SourceId>(id: I): KeyedRecord<SourceRecord, "id", I>;
export function getSource(id: string): SourceRecord | undefined;
export function getSource(id: string): SourceRecord | undefined {
  return resolver.find(requireString(id, "id"));
}

/** The source with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireSource(id: unknown, name: string): SourceRecord {
  return resolver.require(id, name);
}
