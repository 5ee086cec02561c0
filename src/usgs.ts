/**
 * Reading the USGS Mineral Commodity Summaries data releases: the CSV importer and the reader for a
 * single printed table cell. Loads zod and the countries dataset (to resolve country names).
 *
 * @module usgs
 */
export { type CellProblem, isCellProblem, type ParsedCell, parseUsgsCell } from "./usgs/cell.js";
export { decodeWindows1252 } from "./usgs/cp1252.js";
export { type ImportOptions, type ImportProblem, type ImportResult, importUsgsCsv, type UsgsCsvFormat } from "./usgs/import.js";
