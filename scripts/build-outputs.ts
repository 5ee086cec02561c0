// Writes the published data files next to the build: dist/data/<dataset>.json and .csv for every
// dataset, dist/data/corridors.geojson and facilities.geojson, and dist/json-schema/<entity>.json (copied from data/json-schema).
// They are made by the same code as `c5-minerals export`, from the same datasets the modules export.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { DATASET_NAMES, exportDataset } from "../src/cli/export.js";

mkdirSync("dist/data", { recursive: true });
for (const name of DATASET_NAMES) {
  writeFileSync(`dist/data/${name}.json`, exportDataset(name, "json"));
  writeFileSync(`dist/data/${name}.csv`, exportDataset(name, "csv"));
}
writeFileSync("dist/data/corridors.geojson", exportDataset("corridors", "geojson"));
writeFileSync("dist/data/facilities.geojson", exportDataset("facilities", "geojson"));

mkdirSync("dist/json-schema", { recursive: true });
for (const file of readdirSync("data/json-schema")) {
  if (file.endsWith(".json") && !file.startsWith("data-")) copyFileSync(`data/json-schema/${file}`, `dist/json-schema/${file}`);
}
