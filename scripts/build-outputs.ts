// Writes the published data files next to the build: dist/data/<dataset>.json and .csv for every
// dataset, dist/data/corridors.geojson and facilities.geojson, and dist/json-schema/<entity>.json (copied from data/json-schema).
// They are made by the same code as `c5-minerals export`, from the same datasets the modules export.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { SUBPATHS } from "../src/core/registry.js";
import { DATASET_NAMES, exportDataset } from "../src/formats/export.js";

// The records the modules import as JSON (see tsup.config.ts). esbuild drops the import attribute of an
// external import, and Node refuses a JSON module without one, so it is put back here.
mkdirSync("dist/records", { recursive: true });
for (const file of readdirSync("src/datasets/generated")) {
  if (file.endsWith(".json")) copyFileSync(`src/datasets/generated/${file}`, `dist/records/${file}`);
}
for (const file of readdirSync("dist")) {
  if (!file.endsWith(".js")) continue;
  const code = readFileSync(`dist/${file}`, "utf8");
  const fixed = code.replace(/(from\s*(["'])\.\/records\/[\w-]+\.json\2)(?!\s*with)/g, '$1 with { type: "json" }');
  if (fixed !== code) writeFileSync(`dist/${file}`, fixed);
}

// The node build's dataset subpaths re-export, from its index.js, exactly what the same subpath of the
// main build exports.
for (const subpath of SUBPATHS.filter((s) => s.node && s.subpath !== ".").map((s) => s.entry)) {
  const names = Object.keys(await import(`../dist/${subpath}.js`)).sort();
  writeFileSync(`dist/node/${subpath}.js`, `export { ${names.join(", ")} } from "./index.js";\n`);
}

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

// The documentation's maps and charts (drawn from the data by scripts/docs-figures.ts), shipped for reuse
// with attribution as DATA-LICENSE.md says: c5-minerals/images/<name>.svg.
mkdirSync("dist/images", { recursive: true });
for (const file of readdirSync("docs/images"))
  if (file.endsWith(".svg")) copyFileSync(`docs/images/${file}`, `dist/images/${file}`);
