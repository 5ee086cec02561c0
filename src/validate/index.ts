/**
 * Checking data: integrity rules across collections, reading USGS table cells, and turning transcribed
 * source tables into figures. Loads zod (for {@link TranscribedTable}).
 *
 * @module validate
 */

export { CsvError, type CsvRecordOptions, formatCsv, parseCsv, readCsvRecords } from "../core/csv.js";
export { type CellProblem, isCellProblem, type ParsedCell, parseUsgsCell } from "../usgs/cell.js";
export { type ColumnSum, columnSums, type SummableFigure } from "../usgs/sums.js";
export { figuresFromTable, type TableProblem, TranscribedTable } from "../usgs/transcribed.js";
export type { IntegrityReport } from "./collection-integrity.js";
export { checkEditions } from "./editions.js";
export { COLLECTION_NAMES, ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName, isEntityName } from "./entities.js";
export {
  checkFacilityIntegrity,
  type FacilityCollections,
} from "./facilities-integrity.js";
export { type FlatRecord, flatColumns, flattenRecord, unflattenRecord } from "./flat.js";
export { checkImportDependence } from "./import-dependence.js";
export { type Collections, checkIntegrity, type IntegrityOptions } from "./integrity.js";
export type { IntegrityIssue } from "./issue-recorder.js";
export { checkMeasureIntegrity, type MeasureCollections } from "./measures-integrity.js";
export { type StreamIssue, type StreamOptions, type StreamResult, validateStream } from "./stream.js";
export { checkHsCodes, checkTradeFlows } from "./trade-integrity.js";
export {
  type CollectionOptions,
  type EntityOf,
  formatIssues,
  type ValidationIssue,
  type ValidationResult,
  validateCollection,
  validateRecord,
} from "./validate.js";
