/**
 * Production and reserves figures in long format, one record per observation, with the source tables
 * they were transcribed from; the editions they come from and which tables each holds; and US import
 * dependence on the C5 as the same USGS chapters print it.
 *
 * @module figures
 */
export { type EditionRecord, editions } from "./datasets/editions.js";
export { type FigureRecord, type FigureTableRecord, figures, figureTables } from "./datasets/figures.js";
export { type ImportDependenceRecord, importDependence } from "./datasets/import-dependence.js";
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
  type CoverageCell,
  type CoverageRow,
  type CoverageStatus,
  type EditionCoverage,
  editionCoverage,
  editionCoverageMarkdown,
} from "./queries/edition-coverage.js";
export {
  type C5ImportDependence,
  type EiaUraniumDependence,
  type ImportDependenceMeasure,
  type McsImportDependence,
  usImportsFromC5,
} from "./queries/import-dependence.js";
export {
  type EditionGapInfo,
  type EditionSeries,
  type EditionSeriesPoint,
  editionSeries,
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
