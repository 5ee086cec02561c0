/**
 * Production and reserves figures in long format, one record per observation, with the source tables
 * they were transcribed from.
 *
 * @module figures
 */
export { type FigureRecord, type FigureTableRecord, figures, figureTables } from "./datasets/figures.js";
export {
  type C5Share,
  type Concentration,
  c5Share,
  concentration,
  type Denominator,
  type ProducerRanking,
  producerRanking,
  type RankedProducer,
} from "./queries/concentration.js";
export {
  latestFigures,
  type RevisionChange,
  type RevisionEntry,
  type RevisionOptions,
  type Revisions,
  revisions,
} from "./queries/revisions.js";
export {
  type ColumnSelector,
  figureSeries,
  PRODUCTION_MEASURES,
  productionProfile,
  type SeriesPoint,
  type SupplyColumn,
  supplyColumn,
  type WorldShare,
  worldShares,
} from "./queries/supply.js";
