// Checks a draft data file against the schemas, before it joins data/. Usage:
//   tsx scripts/check-draft.ts FILE
// FILE is a JSON object whose keys are dataset names of the registry (src/core/registry.ts: sources,
// countries, minerals, lists, omittedLists, partnerships, events, nodes, legs, corridors, facilities,
// companies, projects, coverageGaps, importDependence, …) or `elements`, each an array of records.
// References are checked against the draft itself plus what data/ already holds, for every dataset.
// Transcribed tables (data/figures/) are checked by `npm run generate`, not here.
import { existsSync, readFileSync } from "node:fs";
import * as z from "zod";
import { DATASETS, ENTITIES } from "../src/core/registry.js";
import * as schemas from "../src/schemas/index.js";
import { checkFacilityIntegrity } from "../src/validate/facilities-integrity.js";
import { checkImportDependence } from "../src/validate/import-dependence.js";
import { type Collections, checkIntegrity } from "../src/validate/integrity.js";

const file = process.argv[2];
if (file === undefined) {
  console.error("usage: tsx scripts/check-draft.ts FILE");
  process.exit(2);
}
const draft = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown[]>;
const schemaOf = (entity: string) =>
  (schemas as Record<string, unknown>)[ENTITIES.find((e) => e.name === entity)?.schema ?? ""] as z.ZodType | undefined;
const checked = DATASETS.filter((d) => d.key !== null);
const shapes: Record<string, z.ZodType> = {
  elements: z.strictObject({ symbol: schemas.ElementSymbol, name: z.string(), number: z.number().int(), source: schemas.Id }),
};
for (const d of checked) {
  const schema = schemaOf(d.entity);
  if (schema !== undefined) shapes[d.name] = schema;
}
let bad = 0;
const parsed: Record<string, unknown[]> = {};
for (const [key, records] of Object.entries(draft)) {
  const schema = shapes[key];
  if (schema === undefined) {
    bad++;
    console.log(`unknown key '${key}': use one of ${Object.keys(shapes).join(", ")}`);
    continue;
  }
  const result = z.array(schema).safeParse(records);
  if (!result.success) {
    bad++;
    console.log(`${key}:\n${z.prettifyError(result.error)}\n`);
  } else parsed[key] = result.data;
}
const existing = (dataFile: string, key: string): unknown[] => {
  const path = `data/${dataFile}`;
  return existsSync(path) ? ((JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown[]>)[key] ?? []) : [];
};
// Every dataset: what data/ holds, with the draft's records added (a draft record replaces one of the same id).
const all: Record<string, unknown[]> = {};
for (const d of checked) {
  const own = parsed[d.name] ?? [];
  const ids = new Set<unknown>(own.map((r) => (r as { id?: unknown }).id).filter((id) => id !== undefined));
  const kept = existing(d.dataFile, d.key as string).filter((r) => !ids.has((r as { id?: unknown }).id as never));
  all[d.name] = [...kept, ...own];
}
const collections = all as unknown as Collections & Parameters<typeof checkFacilityIntegrity>[0];
const issues = [
  ...checkIntegrity(collections),
  ...checkFacilityIntegrity(collections),
  ...checkImportDependence(
    all.importDependence as never,
    {
      sources: all.sources,
      countries: all.countries,
      minerals: all.minerals,
    } as never,
  ),
];
for (const issue of issues) {
  bad++;
  console.log(`${issue.path}: ${issue.message}`);
}
console.log(
  bad === 0
    ? `draft OK (${Object.keys(parsed).join(", ") || "nothing"} checked against every dataset)`
    : `draft has ${bad} problem(s)`,
);
process.exit(bad === 0 ? 0 : 1);
