/**
 * c5-minerals: curated, sourced data on critical minerals in Central Asia (the C5) and the routes and
 * partnerships that connect them to new markets. The root exports every dataset, lookup and query; it
 * loads no zod. Schemas live at `c5-minerals/schemas`, validation at `c5-minerals/validate`.
 *
 * @module c5-minerals
 */

export { type DeepReadonly, deepFreeze, type KeyedRecord } from "./core/freeze.js";
export { foldName, lazyIndex } from "./core/index-by.js";
export * from "./corridors.js";
export * from "./countries.js";
export * from "./facilities.js";
export * from "./figures.js";
export * from "./lists.js";
export * from "./measures.js";
export * from "./minerals.js";
export * from "./partnerships.js";
export { type C5MineralCriticality, c5CriticalityNow } from "./queries/c5-criticality.js";
export { c5ProductionOfList, type ListMineralProduction } from "./queries/c5-list-production.js";
export { type DatasetFreshness, datasetFreshness } from "./queries/freshness.js";
export * from "./sources.js";
export * from "./trade.js";
