// Checks a draft data file against the schemas, before it joins data/. Usage:
//   tsx scripts/check-draft.ts FILE
// FILE is a JSON object whose keys are any of: sources, countries, minerals, elements, lists,
// partnerships, events, nodes, legs, corridors (each an array of records). References are checked
// against the draft itself plus what data/ already holds.
import { existsSync, readFileSync } from "node:fs";
import * as z from "zod";
import * as schemas from "../src/schemas/index.js";
import { type Collections, checkIntegrity } from "../src/validate/integrity.js";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: tsx scripts/check-draft.ts FILE");
const draft = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown[]>;
const shapes: Record<string, z.ZodType> = {
  sources: schemas.Source,
  countries: schemas.Country,
  minerals: schemas.Mineral,
  elements: z.strictObject({ symbol: schemas.ElementSymbol, name: z.string(), number: z.number().int(), source: schemas.Id }),
  lists: schemas.CriticalMineralList,
  partnerships: schemas.Partnership,
  events: schemas.Event,
  nodes: schemas.CorridorNode,
  legs: schemas.CorridorLeg,
  corridors: schemas.Corridor,
};
let bad = 0;
const parsed: Record<string, unknown[]> = {};
for (const [key, records] of Object.entries(draft)) {
  const schema = shapes[key];
  if (schema === undefined) {
    console.log(`unknown key '${key}' (ignored)`);
    continue;
  }
  const result = z.array(schema).safeParse(records);
  if (!result.success) {
    bad++;
    console.log(`${key}:\n${z.prettifyError(result.error)}\n`);
  } else parsed[key] = result.data;
}
const existing = (name: string, key: string): unknown[] => {
  const path = `data/${name}`;
  return existsSync(path) ? ((JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown[]>)[key] ?? []) : [];
};
const merged = (key: string, name: string, dataKey = "records") => [...existing(name, dataKey), ...(parsed[key] ?? [])];
const collections = {
  sources: merged("sources", "sources.json"),
  countries: merged("countries", "countries.json"),
  minerals: merged("minerals", "minerals.json"),
  ...(parsed.lists ? { lists: parsed.lists } : {}),
  ...(parsed.partnerships ? { partnerships: parsed.partnerships } : {}),
  ...(parsed.events ? { events: parsed.events } : {}),
  ...(parsed.nodes ? { nodes: parsed.nodes } : {}),
  ...(parsed.legs ? { legs: parsed.legs } : {}),
  ...(parsed.corridors ? { corridors: parsed.corridors } : {}),
} as Collections;
if (collections.countries?.length === 0) delete collections.countries;
if (collections.minerals?.length === 0) delete collections.minerals;
for (const issue of checkIntegrity(collections)) {
  bad++;
  console.log(`${issue.path}: ${issue.message}`);
}
console.log(bad === 0 ? "draft OK" : `draft has problems`);
process.exit(bad === 0 ? 0 : 1);
