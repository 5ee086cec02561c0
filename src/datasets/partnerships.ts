import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { resolverOf } from "../core/resolve.js";
import { type EventLiteral, eventsRecords } from "./generated/events.js";
import { type PartnershipLiteral, partnershipsRecords } from "./generated/partnerships.js";

/**
 * All partnerships, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { partnerships } from "c5-minerals/partnerships";
 * partnerships.find((p) => p.id === "c5-plus-1-critical-minerals-dialogue")?.parent; // "c5-plus-1"
 * ```
 */
export const partnerships: readonly PartnershipLiteral[] = deepFreeze(partnershipsRecords);

/**
 * All events, deeply frozen, in date order.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { events } from "c5-minerals/partnerships";
 * events.some((e) => e.date === "2024-02-08"); // true
 * ```
 */
export const events: readonly EventLiteral[] = deepFreeze(eventsRecords);

/**
 * A partnership record of the dataset.
 *
 * @category Datasets
 */
export type PartnershipRecord = PartnershipLiteral;
/**
 * The id of a partnership in the dataset.
 *
 * @category Datasets
 */
export type PartnershipId = PartnershipRecord["id"];
/**
 * An event record of the dataset.
 *
 * @category Datasets
 */
export type EventRecord = EventLiteral;

const resolver = resolverOf<PartnershipRecord>(
  partnerships,
  "partnership",
  (p) => [p.id],
  (p) => [p.name, ...p.aliases],
);

/**
 * Finds a partnership by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getPartnership } from "c5-minerals/partnerships";
 * getPartnership("c5-plus-1")?.kind; // "format"
 * ```
 */
export function getPartnership<I extends PartnershipId>(id: I): KeyedRecord<PartnershipRecord, "id", I>;
export function getPartnership(id: string): PartnershipRecord | undefined;
export function getPartnership(id: string): PartnershipRecord | undefined {
  return resolver.find(requireString(id, "id"));
}

/** The partnership with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requirePartnership(id: unknown, name: string): PartnershipRecord {
  return resolver.require(id, name);
}
