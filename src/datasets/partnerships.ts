import { deepFreeze } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { lazyIndex } from "../core/index-by.js";
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

const byId = lazyIndex<PartnershipRecord>(partnerships, (p) => [p.id]);

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
export function getPartnership<I extends PartnershipId>(id: I): Extract<PartnershipRecord, { id: I }>;
export function getPartnership(id: string): PartnershipRecord | undefined;
export function getPartnership(id: string): PartnershipRecord | undefined {
  return byId(requireString(id, "id"));
}

/** The partnership with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requirePartnership(id: unknown, name: string): PartnershipRecord {
  const found = byId(requireString(id, name));
  if (found === undefined) throw new RangeError(`${name}: no partnership '${id}'`);
  return found;
}
