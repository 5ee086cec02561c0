import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { lazyIndex } from "../core/index-by.js";
import { measuresRecords, type TradeMeasureLiteral } from "./generated/measures.js";
import { type PolicyEventLiteral, policyEventsRecords } from "./generated/policyEvents.js";

/**
 * All trade and investment measures of the C5 states (export bans, quotas, duties, pre-emptive rights,
 * processing requirements), deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { measures } from "c5-minerals/measures";
 * measures.some((m) => m.country === "KG" && m.kind === "export-prohibition"); // true
 * ```
 */
export const measures: readonly TradeMeasureLiteral[] = deepFreeze(measuresRecords);

/**
 * All laws and policy events of the C5 states (subsoil codes, tax changes, takeovers and settlements,
 * moratoria, strategies, discovery claims, EITI decisions), deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { policyEvents } from "c5-minerals/measures";
 * policyEvents.find((e) => e.id === "kz-2017-code-subsoil")?.inForce; // "2018-06-29"
 * ```
 */
export const policyEvents: readonly PolicyEventLiteral[] = deepFreeze(policyEventsRecords);

/**
 * A measure record of the dataset.
 *
 * @category Datasets
 */
export type MeasureRecord = TradeMeasureLiteral;
/**
 * The id of a measure in the dataset.
 *
 * @category Datasets
 */
export type MeasureId = MeasureRecord["id"];
/**
 * A policy-event record of the dataset.
 *
 * @category Datasets
 */
export type PolicyEventRecord = PolicyEventLiteral;
/**
 * The id of a policy event in the dataset.
 *
 * @category Datasets
 */
export type PolicyEventId = PolicyEventRecord["id"];

const measureById = lazyIndex<MeasureRecord>(measures, (m) => [m.id]);
const eventById = lazyIndex<PolicyEventRecord>(policyEvents, (e) => [e.id]);

/**
 * Finds a measure by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getMeasure } from "c5-minerals/measures";
 * getMeasure("kz-2025-scrap-export-ban")?.dates.inForce; // "2025-04-29"
 * ```
 */
export function getMeasure<I extends MeasureId>(id: I): KeyedRecord<MeasureRecord, "id", I>;
export function getMeasure(id: string): MeasureRecord | undefined;
export function getMeasure(id: string): MeasureRecord | undefined {
  return measureById(requireString(id, "id"));
}

/**
 * Finds a policy event by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getPolicyEvent } from "c5-minerals/measures";
 * getPolicyEvent("kg-2022-04-kumtor-settlement")?.kind; // "settlement"
 * ```
 */
export function getPolicyEvent<I extends PolicyEventId>(id: I): KeyedRecord<PolicyEventRecord, "id", I>;
export function getPolicyEvent(id: string): PolicyEventRecord | undefined;
export function getPolicyEvent(id: string): PolicyEventRecord | undefined {
  return eventById(requireString(id, "id"));
}

/** The measure with this id, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireMeasure(id: unknown, name: string): MeasureRecord {
  const found = measureById(requireString(id, name));
  if (found === undefined) throw new RangeError(`${name}: no measure '${id}'`);
  return found;
}
