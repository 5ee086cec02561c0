/**
 * c5-minerals: curated, sourced data on critical minerals in Central Asia (the C5) and the routes and
 * partnerships that connect them to new markets. The root exports every dataset and lookup; it loads no
 * zod. Schemas live at `c5-minerals/schemas`, validation at `c5-minerals/validate`.
 *
 * @module c5-minerals
 */
export {
  type CorridorId,
  type CorridorLegRecord,
  type CorridorNodeRecord,
  type CorridorRecord,
  corridorLegs,
  corridorNodes,
  corridors,
  getCorridor,
} from "./corridors.js";
export { type CountryCode, type CountryRecord, countries, getCountry, getCountryOrThrow } from "./countries.js";
export { type DeepReadonly, deepFreeze } from "./datasets/freeze.js";
export { foldName, lazyIndex } from "./datasets/index-by.js";
export { type FigureRecord, type FigureTableRecord, figures, figureTables } from "./figures.js";
export { type CriticalMineralListRecord, criticalMineralLists, getList, type ListId } from "./lists.js";
export { elements, getMineral, type MineralId, type MineralRecord, minerals } from "./minerals.js";
export {
  type EventRecord,
  events,
  getPartnership,
  type PartnershipId,
  type PartnershipRecord,
  partnerships,
} from "./partnerships.js";
export { PRODUCTION_MEASURES, productionProfile, type WorldShare, worldShares } from "./queries/supply.js";
export { getSource, type SourceId, type SourceRecord, sources } from "./sources.js";
