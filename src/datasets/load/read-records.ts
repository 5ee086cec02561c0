// Node only: reads a dataset's records from the JSON file the build puts in dist/records/ (the node build's
// chunks live in dist/node/). Used by the dataset modules of the node build (see tsup.config.ts), never by
// the eager build that bundlers and browsers get.
import { readFileSync } from "node:fs";
import { deepFreeze } from "../../core/freeze.js";
import { lazyDataset } from "../../core/lazy.js";
import { type PackedRecords, unpackRecords } from "./packed.js";

/** Reads and parses one records file; a test passes its own to simulate a failing file system. */
export type RecordsReader = (file: string) => unknown;

const readFromDist: RecordsReader = (file) => JSON.parse(readFileSync(new URL(`../records/${file}`, import.meta.url), "utf8"));

/**
 * A dataset read from `dist/records/<file>` on first use, deeply frozen. A read that fails (a transient
 * EMFILE) throws to the caller and leaves the dataset unloaded, so the next use reads again.
 */
export function recordsFromFile<T>(file: string, read: RecordsReader = readFromDist): readonly T[] {
  return lazyDataset(() => deepFreeze(read(file) as T[]));
}

/** A packed dataset (see packed.ts) read from `dist/records/<file>` on first use; fails as {@link recordsFromFile}. */
export function packedRecordsFromFile<T>(file: string, read: RecordsReader = readFromDist): readonly T[] {
  return lazyDataset(() => unpackRecords<T>(read(file) as PackedRecords));
}
