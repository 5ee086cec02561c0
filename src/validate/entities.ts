import { requireString } from "../core/guards.js";
import { ENTITIES } from "../core/registry.js";
import { Corridor, CorridorLeg, CorridorNode } from "../schemas/corridor.js";
import { Country, CountryNames } from "../schemas/country.js";
import { Edition } from "../schemas/edition.js";
import { Company, CoverageGap, Facility, Project } from "../schemas/facility.js";
import { Figure, FigureTable } from "../schemas/figure.js";
import { HsCode } from "../schemas/hs-code.js";
import { ImportDependence } from "../schemas/import-dependence.js";
import { CriticalMineralList, OmittedList } from "../schemas/list.js";
import { TradeMeasure } from "../schemas/measure.js";
import { Mineral } from "../schemas/mineral.js";
import { Event, Partnership } from "../schemas/partnership.js";
import { PolicyEvent } from "../schemas/policy-event.js";
import { Source } from "../schemas/source.js";
import { TradeFlow } from "../schemas/trade-flow.js";
import { TranscribedTable } from "../usgs/transcribed.js";
import type { Collections } from "./integrity.js";

/**
 * The schema of every entity, by the name the validation API, the CLI (`--as`) and the JSON Schema
 * files (`c5-minerals/json-schema/<name>.json`) use. Its keys are the registry's entities
 * (src/core/registry.ts); a parity test holds the two together.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from "c5-minerals/validate";
 * Object.keys(ENTITY_SCHEMAS).includes("figure"); // true
 * ```
 */
export const ENTITY_SCHEMAS = Object.freeze({
  source: Source,
  country: Country,
  "country-names": CountryNames,
  mineral: Mineral,
  "critical-mineral-list": CriticalMineralList,
  "omitted-list": OmittedList,
  figure: Figure,
  "figure-table": FigureTable,
  partnership: Partnership,
  event: Event,
  "corridor-node": CorridorNode,
  "corridor-leg": CorridorLeg,
  corridor: Corridor,
  "transcribed-table": TranscribedTable,
  facility: Facility,
  company: Company,
  project: Project,
  "coverage-gap": CoverageGap,
  "import-dependence": ImportDependence,
  edition: Edition,
  "hs-code": HsCode,
  "trade-flow": TradeFlow,
  "trade-measure": TradeMeasure,
  "policy-event": PolicyEvent,
});

/**
 * The name of an entity: `"figure"`, `"country"`, `"corridor-leg"`, …
 *
 * @category Validation
 */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/**
 * The names of all entities, for messages and argument checks.
 *
 * @category Validation
 * @example
 * ```ts
 * import { ENTITY_NAMES } from "c5-minerals/validate";
 * ENTITY_NAMES.length; // 24
 * ```
 */
export const ENTITY_NAMES = Object.freeze(Object.keys(ENTITY_SCHEMAS)) as readonly EntityName[];

/**
 * Whether a string names an entity.
 *
 * @category Validation
 * @example
 * ```ts
 * import { isEntityName } from "c5-minerals/validate";
 * isEntityName("figure"); // true
 * isEntityName("figures"); // false
 * ```
 */
export function isEntityName(name: string): name is EntityName {
  requireString(name, "name");
  return Object.hasOwn(ENTITY_SCHEMAS, name);
}

/**
 * What a collection of an entity is called in paths and in {@link Collections}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { COLLECTION_NAMES } from "c5-minerals/validate";
 * COLLECTION_NAMES["corridor-node"]; // "nodes"
 * ```
 */
export const COLLECTION_NAMES: Readonly<Record<EntityName, string>> = Object.freeze(
  Object.fromEntries(ENTITIES.map((e) => [e.name, e.collection])) as Record<EntityName, string>,
);
