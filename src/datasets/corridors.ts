import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { resolverOf } from "../core/resolve.js";
import { type CorridorLiteral, corridorsRecords } from "./generated/corridors.js";
import { type CorridorLegLiteral, legsRecords } from "./generated/legs.js";
import { type CorridorNodeLiteral, nodesRecords } from "./generated/nodes.js";

/**
 * All corridors, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { corridors } from "c5-minerals/corridors";
 * corridors.find((c) => c.id === "middle-corridor")?.bypasses.includes("RU"); // true
 * ```
 */
export const corridors: readonly CorridorLiteral[] = deepFreeze(corridorsRecords);

/**
 * All nodes of the corridor graph, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { corridorNodes } from "c5-minerals/corridors";
 * corridorNodes.every((n) => Math.abs(n.coordinates.lat) <= 90); // true
 * ```
 */
export const corridorNodes: readonly CorridorNodeLiteral[] = deepFreeze(nodesRecords);

/**
 * All legs of the corridor graph, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { corridorLegs } from "c5-minerals/corridors";
 * corridorLegs.some((l) => l.mode === "ferry"); // true
 * ```
 */
export const corridorLegs: readonly CorridorLegLiteral[] = deepFreeze(legsRecords);

/**
 * A corridor record of the dataset.
 *
 * @category Datasets
 */
export type CorridorRecord = CorridorLiteral;
/**
 * The id of a corridor in the dataset.
 *
 * @category Datasets
 */
export type CorridorId = CorridorRecord["id"];
/**
 * A node record of the dataset.
 *
 * @category Datasets
 */
export type CorridorNodeRecord = CorridorNodeLiteral;
/**
 * A leg record of the dataset.
 *
 * @category Datasets
 */
export type CorridorLegRecord = CorridorLegLiteral;

const resolver = resolverOf<CorridorRecord>(
  corridors,
  "corridor",
  (c) => [c.id],
  (c) => [c.name, ...c.aliases],
);

/**
 * Finds a corridor by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCorridor } from "c5-minerals/corridors";
 * getCorridor("middle-corridor")?.status; // "operating"
 * ```
 */
export function getCorridor<I extends CorridorId>(id: I): KeyedRecord<CorridorRecord, "id", I>;
export function getCorridor(id: string): CorridorRecord | undefined;
export function getCorridor(id: string): CorridorRecord | undefined {
  return resolver.find(requireString(id, "id"));
}

/** The corridor with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireCorridor(id: unknown, name: string): CorridorRecord {
  return resolver.require(id, name);
}

const nodeResolver = resolverOf<CorridorNodeRecord>(
  corridorNodes,
  "corridor node",
  (n) => [n.id],
  (n) => [n.name, ...n.aliases],
);
const legResolver = resolverOf<CorridorLegRecord>(corridorLegs, "corridor leg", (l) => [l.id]);

/**
 * Finds a corridor node (port, border crossing, hub) by id or name, in any case; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCorridorNode } from "c5-minerals/corridors";
 * getCorridorNode("port of poti")?.id; // "poti-port"
 * ```
 */
export function getCorridorNode(idOrName: string): CorridorNodeRecord | undefined {
  return nodeResolver.find(requireString(idOrName, "idOrName"));
}

/**
 * Finds a corridor leg by id, in any case; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { corridorLegs, getCorridorLeg } from "c5-minerals/corridors";
 * getCorridorLeg(corridorLegs[0]?.id ?? "")?.id === corridorLegs[0]?.id; // true
 * ```
 */
export function getCorridorLeg(id: string): CorridorLegRecord | undefined {
  return legResolver.find(requireString(id, "id"));
}

/** The corridor node an id or name denotes, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireCorridorNode(idOrName: unknown, name: string): CorridorNodeRecord {
  return nodeResolver.require(idOrName, name);
}

/** The corridor leg an id denotes, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireCorridorLeg(id: unknown, name: string): CorridorLegRecord {
  return legResolver.require(id, name);
}
