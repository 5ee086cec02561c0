// Copies the generated JSON Schemas (data/json-schema/*.json) into dist/json-schema/ for the
// `c5-minerals/json-schema/<entity>.json` subpath. The data-file schemas (data-*.json) stay in the repo.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";

mkdirSync("dist/json-schema", { recursive: true });
for (const file of readdirSync("data/json-schema")) {
  if (file.endsWith(".json") && !file.startsWith("data-")) copyFileSync(`data/json-schema/${file}`, `dist/json-schema/${file}`);
}
