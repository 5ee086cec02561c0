// Node only: reads a dataset's records from the JSON file the build puts in dist/records/ (the node build's
// chunks live in dist/node/). Used by the dataset modules of the node build (see tsup.config.ts), never by
// the eager build that bundlers and browsers get.
import { readFileSync } from "node:fs";
import { deepFreeze } from "../../core/freeze.js";
import { lazyDataset } from "../../core/lazy.js";
import { type PackedRecords, unpackRecords } from "./packed.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../records/${file}`, import.meta.url), "utf8"));

/** A dataset read from `dist/records/<file>` on first use, deeply frozen. */
export function recordsFromFile<T>(file: string): readonly T[] {
  return lazyDataset(() => deepFreeze(read(file) as T[]));
}

/** A packed dataset (see packed.ts) read from `dist/records/<file>` on first use. */
export function packedRecordsFromFile<T>(file: string): readonly T[] {
  return lazyDataset(() => unpackRecords<T>(read(file) as PackedRecords));
}
