// Validates everything in data/ against the schemas and the integrity rules, then writes the typed
// dataset modules (src/datasets/generated/*.ts) and the JSON Schemas (data/json-schema/*.json).
// Usage: tsx scripts/generate.ts [--check]   (--check: fail if a generated file is out of date)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { foldName } from "../src/core/index-by.js";
import { DATASETS, ENTITIES } from "../src/core/registry.js";
import { packRecords } from "../src/datasets/load/packed.js";
import * as schemas from "../src/schemas/index.js";
import { figuresFromTable, TranscribedTable } from "../src/usgs/transcribed.js";
import { checkEditions } from "../src/validate/editions.js";
import { checkFacilityIntegrity } from "../src/validate/facilities-integrity.js";
import { checkImportDependence } from "../src/validate/import-dependence.js";
import { type Collections, checkIntegrity } from "../src/validate/integrity.js";
import { checkMeasureIntegrity } from "../src/validate/measures-integrity.js";
import { checkHsCodes, checkTradeFlows } from "../src/validate/trade-integrity.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data");
const check = process.argv.includes("--check");
const problems: string[] = [];
const stale: string[] = [];

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function collection<T extends z.ZodType>(file: string, key: string, schema: T): z.output<T>[] {
  const path = join(dataDir, file);
  if (!existsSync(path)) return [];
  const raw = readJson(path) as Record<string, unknown>;
  const parsed = z.array(schema).safeParse(raw[key] ?? []);
  if (!parsed.success) {
    problems.push(`data/${file} (${key}):\n${z.prettifyError(parsed.error)}`);
    return [];
  }
  return parsed.data;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : []))
    .sort();
}

// Every dataset the registry lists, read and validated against its entity's schema (the transcribed
// tables under data/figures/ are read below).
const schemaOf = (entity: string): z.ZodType => {
  const entry = ENTITIES.find((e) => e.name === entity);
  const schema = entry && (schemas as Record<string, unknown>)[entry.schema];
  if (!(schema instanceof z.ZodType)) throw new Error(`registry: entity ${entity} has no schema in src/schemas`);
  return schema;
};
const read: Record<string, unknown[]> = {};
for (const d of DATASETS) if (d.key !== null) read[d.name] = collection(d.dataFile, d.key, schemaOf(d.entity));
const take = <T>(name: string) => (read[name] ?? []) as T[];
const sources = take<schemas.Source>("sources");
const countries = take<schemas.Country>("countries");
const countryNames = take<schemas.CountryNames>("countryNames");
const minerals = take<schemas.Mineral>("minerals");
const lists = take<schemas.CriticalMineralList>("lists");
const omittedLists = take<schemas.OmittedList>("omittedLists");
const partnerships = take<schemas.Partnership>("partnerships");
const events = take<schemas.Event>("events");
const nodes = take<schemas.CorridorNode>("nodes");
const legs = take<schemas.CorridorLeg>("legs");
const corridors = take<schemas.Corridor>("corridors");
const facilities = take<schemas.Facility>("facilities");
const companies = take<schemas.Company>("companies");
const projects = take<schemas.Project>("projects");
const coverageGaps = take<schemas.CoverageGap>("coverageGaps");
const importDependence = take<schemas.ImportDependence>("importDependence");
const editions = take<schemas.Edition>("editions");
const measures = take<schemas.TradeMeasure>("measures");
const policyEvents = take<schemas.PolicyEvent>("policyEvents");
const elements = collection(
  "elements.json",
  "records",
  z.strictObject({
    symbol: schemas.ElementSymbol,
    name: z.string(),
    number: z.number().int().min(1).max(118),
    source: schemas.Id,
  }),
);
const hsCodes = take<schemas.HsCode>("hsCodes");
const tradeFlows = take<schemas.TradeFlow>("tradeFlows");

const figureTables: schemas.FigureTable[] = [];
const figures: schemas.Figure[] = [];
for (const file of listFiles(join(dataDir, "figures"))) {
  const name = relative(root, file);
  const parsed = TranscribedTable.safeParse(readJson(file));
  if (!parsed.success) {
    problems.push(`${name}:\n${z.prettifyError(parsed.error)}`);
    continue;
  }
  const result = figuresFromTable(parsed.data);
  for (const p of result.problems) problems.push(`${name}: ${p.path}: ${p.message}`);
  figureTables.push(parsed.data.table);
  for (const f of result.figures) {
    const checked = schemas.Figure.safeParse(f);
    if (checked.success) figures.push(checked.data);
    else problems.push(`${name}: ${f.country} ${f.year} ${f.measure}:\n${z.prettifyError(checked.error)}`);
  }
}

const collections: Collections = {
  sources,
  countries,
  minerals,
  lists,
  omittedLists,
  figureTables,
  figures,
  partnerships,
  events,
  nodes,
  legs,
  corridors,
};
const elementSymbols = elements.length > 0 ? new Set(elements.map((e) => e.symbol)) : undefined;
for (const issue of checkIntegrity(collections, elementSymbols ? { elementSymbols } : {})) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkImportDependence(importDependence, { sources, countries, minerals })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkEditions(editions, { figureTables, minerals, sources })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkMeasureIntegrity({ measures, policyEvents, sources, minerals, facilities, companies })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkHsCodes(hsCodes, { sources, minerals })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkTradeFlows(tradeFlows, { sources, countries, minerals, hsCodes })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkFacilityIntegrity({ ...collections, facilities, companies, projects, coverageGaps })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
// Every country has its names, once, from a source on record.
{
  const named = new Map(countryNames.map((r) => [r.country, r]));
  if (named.size !== countryNames.length) problems.push("data/country-names.json: a country has two records");
  for (const c of countries) if (!named.has(c.alpha2)) problems.push(`data/country-names.json: no names for ${c.alpha2}`);
  for (const [i, r] of countryNames.entries()) {
    if (!countries.some((c) => c.alpha2 === r.country))
      problems.push(`country-names[${i}].country: unknown country '${r.country}'`);
    if (!sources.some((s) => s.id === r.source)) problems.push(`country-names[${i}].source: Unknown source '${r.source}'`);
  }
}
for (const [i, e] of elements.entries()) {
  if (!sources.some((s) => s.id === e.source)) problems.push(`elements[${i}].source: Unknown source '${e.source}'`);
}

if (problems.length > 0) {
  console.error(`data/ has ${problems.length} problem(s):\n\n${problems.join("\n\n")}`);
  process.exit(1);
}

function emit(path: string, content: string) {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, "utf8") : undefined;
  if (current === content) return;
  if (check) {
    stale.push(path);
    return;
  }
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  console.log(`wrote ${path}`);
}

const header = (from: string) =>
  `// Generated by scripts/generate.ts from ${from}. Do not edit by hand: edit data/ and run \`npm run generate\`.\n`;
// Each dataset's records are a JSON file beside its module, imported as a JSON module: Node and bundlers
// parse JSON much faster than they compile the same data as JavaScript. The literal type is written into
// the module as a type (JSON text is also a valid TypeScript type), so ids still autocomplete, and none of
// it reaches the JavaScript. The largest collections are stored packed (src/datasets/load/packed.ts).
// The node build (tsup.config.ts) swaps each module for its twin in generated/node/, which reads the same
// JSON file on first use instead of at import.
function emitNode(name: string, body: string) {
  emit(`src/datasets/generated/node/${name}.ts`, `${header(`the same data as ../${name}.ts`)}${body}`);
}
function module(name: string, from: string, typeName: string, typeFile: string, records: unknown[], literal = true) {
  const imports = `${header(from)}import type { ${typeName} } from "../../schemas/${typeFile}.js";\nimport type { DeepReadonly } from "../../core/freeze.js";\n`;
  if (!literal) {
    // Large collections keep the schema type: a union of thousands of literal types helps nobody.
    emit(`src/datasets/generated/${name}.json`, JSON.stringify(packRecords(records as object[])));
    emitNode(
      name,
      `import { packedRecordsFromFile } from "../../load/read-records.js";\nimport type { ${typeName}Literal } from "../${name}.js";\n\nexport type { ${typeName}Literal };\nexport const ${name}Records = packedRecordsFromFile<${typeName}Literal>("${name}.json");\n`,
    );
    emit(
      `src/datasets/generated/${name}.ts`,
      `${imports}import { type PackedRecords, unpackRecords } from "../load/packed.js";\nimport packed from "./${name}.json" with { type: "json" };\n\n` +
        `/** One record, as the schema types it. */\nexport type ${typeName}Literal = DeepReadonly<${typeName}>;\n\n` +
        `export const ${name}Records: readonly ${typeName}Literal[] = unpackRecords(packed as PackedRecords);\n`,
    );
    return;
  }
  // The record type is the schema's, with each key field (id, ISO codes, HS code) narrowed to the union
  // of the values the data holds, so ids autocomplete and `MineralId`, `CountryCode`... are exact. The
  // whole data as a literal type (as before 0.2.0) cost the type checker minutes and helped nobody.
  const keyFields = KEY_FIELDS.filter(
    (k) => records.length > 0 && records.every((r) => typeof (r as Record<string, unknown>)[k] === "string"),
  );
  const keys = keyFields
    .map((k) => {
      const values = [...new Set(records.map((r) => (r as Record<string, string>)[k] as string))].sort();
      return `  readonly ${k}:\n${values.map((v) => `    | ${JSON.stringify(v)}`).join("\n")};\n`;
    })
    .join("");
  const literalType = keys === "" ? `DeepReadonly<${typeName}>` : `DeepReadonly<${typeName}> & {\n${keys}}`;
  emit(`src/datasets/generated/${name}.json`, JSON.stringify(records));
  emitNode(
    name,
    `import { recordsFromFile } from "../../load/read-records.js";\nimport type { ${typeName}Literal, ${name}RecordsType } from "../${name}.js";\n\nexport type { ${typeName}Literal, ${name}RecordsType };\nexport const ${name}Records = recordsFromFile<${typeName}Literal>("${name}.json") as ${name}RecordsType;\n`,
  );
  emit(
    `src/datasets/generated/${name}.ts`,
    `${imports}import records from "./${name}.json" with { type: "json" };\n\n` +
      `/** One record, as the schema types it, with its key fields narrowed to the values the data holds. */\n` +
      `export type ${typeName}Literal = ${literalType};\n\n` +
      `/** The records. */\nexport type ${name}RecordsType = readonly ${typeName}Literal[];\n\n` +
      `export const ${name}Records = records as unknown as ${name}RecordsType;\n`,
  );
}
/** Fields whose values become literal unions in the generated record types. */
const KEY_FIELDS = ["id", "alpha2", "alpha3", "code"] as const;
read.figureTables = figureTables;
read.figures = figures;
for (const d of DATASETS) {
  const entity = ENTITIES.find((e) => e.name === d.entity);
  if (entity === undefined) throw new Error(`registry: dataset ${d.name} names an unknown entity ${d.entity}`);
  module(d.name, `data/${d.dataFile}`, entity.schema, d.schemaFile, read[d.name] ?? [], d.literal);
}
emit("src/datasets/generated/elements.json", JSON.stringify(elements));
emitNode(
  "elements",
  `import { recordsFromFile } from "../../load/read-records.js";\nimport type { ElementRecordsType } from "../elements.js";\n\nexport type { ElementRecordsType };\nexport const elementRecords = recordsFromFile("elements.json") as unknown as ElementRecordsType;\n`,
);
emit(
  "src/datasets/generated/elements.ts",
  `${header("data/elements.json")}import type { DeepReadonly } from "../../core/freeze.js";\nimport records from "./elements.json" with { type: "json" };\n\n` +
    `export type ElementRecordsType = DeepReadonly<${JSON.stringify(elements, null, 2)}>;\n\n` +
    `export const elementRecords = records as unknown as ElementRecordsType;\n`,
);

// The index the country lookups read on a name miss: per country, "KZ|name|name", its names in the
// region's languages folded as lookups fold them, less those its English names and aliases already give.
// Small on purpose: a browser bundle that looks up a country carries it (the full names are the
// countryNames dataset, bundled only when imported).
const nameIndex = countries.map((c) => {
  const known = new Set([c.name, ...c.aliases, ...(c.officialName ? [c.officialName] : [])].map(foldName));
  const names: Record<string, string> = countryNames.find((r) => r.country === c.alpha2)?.names ?? {};
  const local = [...new Set(Object.values(names).map(foldName))].filter((n) => !known.has(n)).sort();
  return [c.alpha2, ...local].join("|");
});
emit("src/datasets/generated/countryNameIndex.json", JSON.stringify(nameIndex));
emitNode(
  "countryNameIndex",
  `import { recordsFromFile } from "../../load/read-records.js";\n\nexport const countryNameIndexRecords: readonly string[] = recordsFromFile<string>("countryNameIndex.json");\n`,
);
emit(
  "src/datasets/generated/countryNameIndex.ts",
  `${header("data/countries.json and data/country-names.json")}import records from "./countryNameIndex.json" with { type: "json" };\n\n` +
    `/** Per country, "alpha2|folded name|...": the names in the region's languages its English names do not give. */\n` +
    `export const countryNameIndexRecords: readonly string[] = records;\n`,
);

// JSON Schema, one per entity, and one per data file.
const entities: Record<string, z.ZodType> = Object.fromEntries(
  ENTITIES.map((e) => [e.name, e.name === "transcribed-table" ? TranscribedTable : schemaOf(e.name)]),
);
const jsonSchema = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12" }), null, 2)}\n`;
for (const [name, schema] of Object.entries(entities)) emit(`data/json-schema/${name}.json`, jsonSchema(schema));
const dataFiles: Record<string, Record<string, z.ZodType>> = {
  elements: {
    records: z.strictObject({ symbol: schemas.ElementSymbol, name: z.string(), number: z.number().int(), source: schemas.Id }),
  },
};
for (const d of DATASETS) {
  if (d.key === null) continue;
  const file = d.dataFile.replace(/\.json$/, "");
  dataFiles[file] = { ...dataFiles[file], [d.key]: schemaOf(d.entity) };
}
for (const [name, shape] of Object.entries(dataFiles)) {
  const fileSchema = z.strictObject({
    $schema: z.string().optional(),
    ...Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, z.array(s)])),
  });
  emit(`data/json-schema/data-${name}.json`, jsonSchema(fileSchema));
}

if (stale.length > 0) {
  console.error(`Out of date (run \`npm run generate\`):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `data/ is valid: ${sources.length} sources, ${countries.length} countries, ${minerals.length} minerals, ${lists.length} lists (${omittedLists.length} left out), ${figureTables.length} tables, ${figures.length} figures, ${partnerships.length} partnerships, ${events.length} events, ${nodes.length} nodes, ${legs.length} legs, ${corridors.length} corridors, ${importDependence.length} import-dependence records, ${editions.length} editions, ${facilities.length} facilities, ${companies.length} companies, ${projects.length} projects, ${measures.length} measures, ${policyEvents.length} policy events.`,
);
