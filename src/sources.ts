/**
 * Every publication, statement, law and page the package's facts come from.
 *
 * @module sources
 */
export { getSource, type SourceId, type SourceRecord, sources } from "./datasets/sources.js";
