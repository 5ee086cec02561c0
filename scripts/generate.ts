// Validates everything in data/ against the schemas and the integrity rules, then writes the typed
// dataset modules (src/datasets/generated/*.ts) and the JSON Schemas (data/json-schema/*.json).
// Usage: tsx scripts/generate.ts [--check]   (--check: fail if a generated file is out of date)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { packRecords } from "../src/datasets/packed.js";
import * as schemas from "../src/schemas/index.js";
import { figuresFromTable, TranscribedTable } from "../src/usgs/transcribed.js";
import { checkFacilityIntegrity } from "../src/validate/facilities-integrity.js";
import { checkImportDependence } from "../src/validate/import-dependence.js";
import { type Collections, checkIntegrity } from "../src/validate/integrity.js";
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

const sources = collection("sources.json", "records", schemas.Source);
const countries = collection("countries.json", "records", schemas.Country);
const minerals = collection("minerals.json", "records", schemas.Mineral);
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
const lists = collection("lists.json", "records", schemas.CriticalMineralList);
const omittedLists = collection("lists.json", "omitted", schemas.OmittedList);
const partnerships = collection("partnerships.json", "partnerships", schemas.Partnership);
const events = collection("partnerships.json", "events", schemas.Event);
const nodes = collection("corridors.json", "nodes", schemas.CorridorNode);
const facilities = collection("facilities.json", "facilities", schemas.Facility);
const companies = collection("facilities.json", "companies", schemas.Company);
const projects = collection("facilities.json", "projects", schemas.Project);
const coverageGaps = collection("facilities.json", "coverageGaps", schemas.CoverageGap);
const legs = collection("corridors.json", "legs", schemas.CorridorLeg);
const corridors = collection("corridors.json", "corridors", schemas.Corridor);
const importDependence = collection("import-dependence.json", "records", schemas.ImportDependence);
const hsCodes = collection("hs-codes.json", "records", schemas.HsCode);
const tradeFlows = collection("trade-flows.json", "records", schemas.TradeFlow);

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
for (const issue of checkHsCodes(hsCodes, { sources, minerals })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkTradeFlows(tradeFlows, { sources, countries, minerals, hsCodes })) {
  problems.push(`${issue.path}: ${issue.message}`);
}
for (const issue of checkFacilityIntegrity({ ...collections, facilities, companies, projects, coverageGaps })) {
  problems.push(`${issue.path}: ${issue.message}`);
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
// it reaches the JavaScript. The largest collections are stored packed (src/datasets/packed.ts).
// The node build (tsup.config.ts) swaps each module for its twin in generated/node/, which reads the same
// JSON file on first use instead of at import.
function emitNode(name: string, body: string) {
  emit(`src/datasets/generated/node/${name}.ts`, `${header("the same data as ../" + name + ".ts")}${body}`);
}
function module(name: string, from: string, typeName: string, typeFile: string, records: unknown[], literal = true) {
  const imports = `${header(from)}import type { ${typeName} } from "../../schemas/${typeFile}.js";\nimport type { DeepReadonly } from "../freeze.js";\n`;
  if (!literal) {
    // Large collections keep the schema type: a union of thousands of literal types helps nobody.
    emit(`src/datasets/generated/${name}.json`, JSON.stringify(packRecords(records as object[])));
    emitNode(
      name,
      `import { packedRecordsFromFile } from "../../read-records.js";\nimport type { ${typeName}Literal } from "../${name}.js";\n\nexport type { ${typeName}Literal };\nexport const ${name}Records = packedRecordsFromFile<${typeName}Literal>("${name}.json");\n`,
    );
    emit(
      `src/datasets/generated/${name}.ts`,
      `${imports}import { type PackedRecords, unpackRecords } from "../packed.js";\nimport packed from "./${name}.json" with { type: "json" };\n\n` +
        `/** One record, as the schema types it. */\nexport type ${typeName}Literal = DeepReadonly<${typeName}>;\n\n` +
        `export const ${name}Records: readonly ${typeName}Literal[] = unpackRecords(packed as PackedRecords);\n`,
    );
    return;
  }
  const type =
    records.length === 0 ? `readonly DeepReadonly<${typeName}>[]` : `DeepReadonly<${JSON.stringify(records, null, 2)}>`;
  emit(`src/datasets/generated/${name}.json`, JSON.stringify(records));
  emitNode(
    name,
    `import { recordsFromFile } from "../../read-records.js";\nimport type { ${typeName}Literal, ${name}RecordsType } from "../${name}.js";\n\nexport type { ${typeName}Literal, ${name}RecordsType };\nexport const ${name}Records = recordsFromFile<${typeName}Literal>("${name}.json") as ${name}RecordsType;\n`,
  );
  emit(
    `src/datasets/generated/${name}.ts`,
    `${imports}import records from "./${name}.json" with { type: "json" };\n\n` +
      `/** The records' literal types. */\nexport type ${name}RecordsType = ${type};\n\n` +
      `/** Compiles only if every record fits the schema type. */\ntype Fits<T extends readonly DeepReadonly<${typeName}>[]> = T;\n\n` +
      `export const ${name}Records = records as unknown as Fits<${name}RecordsType>;\n\n` +
      `/** One record: its literal type, with the schema's optional fields visible. */\n` +
      `export type ${typeName}Literal = ${name}RecordsType[number] & DeepReadonly<${typeName}>;\n`,
  );
}
module("sources", "data/sources.json", "Source", "source", sources);
module("countries", "data/countries.json", "Country", "country", countries);
module("minerals", "data/minerals.json", "Mineral", "mineral", minerals);
module("lists", "data/lists.json", "CriticalMineralList", "list", lists);
module("omittedLists", "data/lists.json", "OmittedList", "list", omittedLists);
module("figureTables", "data/figures/", "FigureTable", "figure", figureTables);
module("figures", "data/figures/", "Figure", "figure", figures, false);
module("partnerships", "data/partnerships.json", "Partnership", "partnership", partnerships);
module("events", "data/partnerships.json", "Event", "partnership", events);
module("nodes", "data/corridors.json", "CorridorNode", "corridor", nodes);
module("legs", "data/corridors.json", "CorridorLeg", "corridor", legs);
module("corridors", "data/corridors.json", "Corridor", "corridor", corridors);
module("facilities", "data/facilities.json", "Facility", "facility", facilities);
module("companies", "data/facilities.json", "Company", "facility", companies);
module("projects", "data/facilities.json", "Project", "facility", projects);
module("coverageGaps", "data/facilities.json", "CoverageGap", "facility", coverageGaps);
module("importDependence", "data/import-dependence.json", "ImportDependence", "import-dependence", importDependence);
module("hsCodes", "data/hs-codes.json", "HsCode", "hs-code", hsCodes);
module("tradeFlows", "data/trade-flows.json", "TradeFlow", "trade-flow", tradeFlows);
emit("src/datasets/generated/elements.json", JSON.stringify(elements));
emitNode(
  "elements",
  `import { recordsFromFile } from "../../read-records.js";\nimport type { ElementRecordsType } from "../elements.js";\n\nexport type { ElementRecordsType };\nexport const elementRecords = recordsFromFile("elements.json") as unknown as ElementRecordsType;\n`,
);
emit(
  "src/datasets/generated/elements.ts",
  `${header("data/elements.json")}import type { DeepReadonly } from "../freeze.js";\nimport records from "./elements.json" with { type: "json" };\n\n` +
    `export type ElementRecordsType = DeepReadonly<${JSON.stringify(elements, null, 2)}>;\n\n` +
    `export const elementRecords = records as unknown as ElementRecordsType;\n`,
);

// JSON Schema, one per entity, and one per data file.
const entities: Record<string, z.ZodType> = {
  source: schemas.Source,
  country: schemas.Country,
  mineral: schemas.Mineral,
  "critical-mineral-list": schemas.CriticalMineralList,
  "omitted-list": schemas.OmittedList,
  figure: schemas.Figure,
  "figure-table": schemas.FigureTable,
  partnership: schemas.Partnership,
  event: schemas.Event,
  "corridor-node": schemas.CorridorNode,
  "corridor-leg": schemas.CorridorLeg,
  corridor: schemas.Corridor,
  "transcribed-table": TranscribedTable,
  facility: schemas.Facility,
  company: schemas.Company,
  project: schemas.Project,
  "coverage-gap": schemas.CoverageGap,
  "import-dependence": schemas.ImportDependence,
  "hs-code": schemas.HsCode,
  "trade-flow": schemas.TradeFlow,
};
const jsonSchema = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { target: "draft-2020-12" }), null, 2)}\n`;
for (const [name, schema] of Object.entries(entities)) emit(`data/json-schema/${name}.json`, jsonSchema(schema));
const dataFiles: Record<string, Record<string, z.ZodType>> = {
  sources: { records: schemas.Source },
  countries: { records: schemas.Country },
  minerals: { records: schemas.Mineral },
  elements: {
    records: z.strictObject({ symbol: schemas.ElementSymbol, name: z.string(), number: z.number().int(), source: schemas.Id }),
  },
  lists: { records: schemas.CriticalMineralList, omitted: schemas.OmittedList },
  partnerships: { partnerships: schemas.Partnership, events: schemas.Event },
  corridors: { nodes: schemas.CorridorNode, legs: schemas.CorridorLeg, corridors: schemas.Corridor },
  facilities: {
    facilities: schemas.Facility,
    companies: schemas.Company,
    projects: schemas.Project,
    coverageGaps: schemas.CoverageGap,
  },
  "import-dependence": { records: schemas.ImportDependence },
  "hs-codes": { records: schemas.HsCode },
  "trade-flows": { records: schemas.TradeFlow },
};
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
  `data/ is valid: ${sources.length} sources, ${countries.length} countries, ${minerals.length} minerals, ${lists.length} lists (${omittedLists.length} left out), ${figureTables.length} tables, ${figures.length} figures, ${partnerships.length} partnerships, ${events.length} events, ${nodes.length} nodes, ${legs.length} legs, ${corridors.length} corridors, ${importDependence.length} import-dependence records, ${hsCodes.length} HS codes, ${tradeFlows.length} trade flows, ${facilities.length} facilities, ${companies.length} companies, ${projects.length} projects.`,
);
