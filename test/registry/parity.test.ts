import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMAND_INDEX } from "../../src/cli/command-index.js";
import { DATASETS, ENTITIES, PUBLIC_FUNCTIONS, SUBPATHS } from "../../src/core/registry.js";
import * as schemas from "../../src/schemas/index.js";
import { TranscribedTable } from "../../src/usgs/transcribed.js";
import { ENTITY_NAMES, ENTITY_SCHEMAS } from "../../src/validate/entities.js";

// The registry (src/core/registry.ts) is the one list of subpaths, datasets, entities and public
// functions. Every other place that needs such a list is read here and held to it, in both directions, so
// a dataset, schema, export or entity added in one place and forgotten in another fails the build
// (zod's parity habit: "a hand-maintained list here would miss the next one").

const root = resolve(import.meta.dirname, "../..");
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>;
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("registry parity", () => {
  it("package.json exports every registered subpath, and nothing else besides data, JSON Schema, images and package.json", () => {
    const exports = readJson("package.json").exports as Record<string, unknown>;
    const code = Object.keys(exports).filter(
      (k) => !k.startsWith("./json-schema/") && !k.startsWith("./data/") && k !== "./images/*.svg" && k !== "./package.json",
    );
    expect(sorted(code)).toEqual(sorted(SUBPATHS.map((s) => s.subpath)));
    for (const s of SUBPATHS) {
      const entry = exports[s.subpath] as Record<string, string>;
      expect(entry.types, s.subpath).toBe(`./dist/${s.entry}.d.ts`);
      expect(entry.default, s.subpath).toBe(`./dist/${s.entry}.js`);
      expect(entry.node, s.subpath).toBe(s.node ? `./dist/node/${s.entry}.js` : undefined);
    }
  });

  it("typedoc documents every registered subpath, and knows each dataset's generated literal type is internal", () => {
    const typedoc = readJson("typedoc.json");
    expect(sorted(typedoc.entryPoints as string[])).toEqual(sorted(SUBPATHS.map((s) => s.file)));
    const internal = new Set(typedoc.intentionallyNotExported as string[]);
    for (const d of DATASETS) {
      const schema = ENTITIES.find((e) => e.name === d.entity)?.schema;
      expect(internal.has(`${schema}Literal`), `typedoc.json intentionallyNotExported: ${schema}Literal`).toBe(true);
    }
  });

  it("every function a subpath exports is registered, and every registered function is exported where the registry says", async () => {
    const exported = new Map<string, string[]>();
    for (const s of SUBPATHS) {
      const module = (await import(/* @vite-ignore */ `../../${s.file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (typeof value === "function") exported.set(name, [...(exported.get(name) ?? []), s.subpath]);
    }
    // zod schemas are objects, not functions, so only real functions and classes are collected
    expect(sorted(exported.keys())).toEqual(sorted(Object.keys(PUBLIC_FUNCTIONS)));
    for (const [name, entry] of Object.entries(PUBLIC_FUNCTIONS))
      expect(exported.get(name), `${name} is exported from ${entry.subpath}`).toContain(entry.subpath);
  });

  it("every entity has a schema in c5-minerals/schemas, a published JSON Schema and a place in validation and the CLI's --as", () => {
    const jsonSchemas = readdirSync(join(root, "data/json-schema")).filter((f) => !f.startsWith("data-"));
    expect(sorted(jsonSchemas)).toEqual(sorted(ENTITIES.map((e) => `${e.name}.json`)));
    expect(sorted(ENTITY_NAMES)).toEqual(sorted(ENTITIES.map((e) => e.name)));
    for (const e of ENTITIES) {
      const schema = e.name === "transcribed-table" ? TranscribedTable : (schemas as Record<string, unknown>)[e.schema];
      expect(schema, `${e.name}: schemas.${e.schema}`).toBeDefined();
      expect(ENTITY_SCHEMAS[e.name as keyof typeof ENTITY_SCHEMAS], e.name).toBe(schema);
    }
  });

  it("every curated data file is registered, and every dataset has its generated module and data-file JSON Schema", () => {
    const files = readdirSync(join(root, "data")).filter((f) => f.endsWith(".json"));
    // elements.json feeds the mineral datasets' element symbols; country-profiles.json is merged into
    // countries.json by scripts/curate/countries.py
    const registered = new Set([...DATASETS.map((d) => d.dataFile), "elements.json", "country-profiles.json"]);
    expect(files.filter((f) => !registered.has(f))).toEqual([]);
    const generated = new Set(readdirSync(join(root, "src/datasets/generated")));
    const published = new Set(readdirSync(join(root, "data/json-schema")));
    for (const d of DATASETS) {
      expect(generated.has(`${d.name}.ts`), `src/datasets/generated/${d.name}.ts`).toBe(true);
      expect(
        ENTITIES.some((e) => e.name === d.entity),
        `${d.name}: entity ${d.entity}`,
      ).toBe(true);
      if (d.key !== null) expect(published.has(`data-${d.dataFile}`), `data/json-schema/data-${d.dataFile}`).toBe(true);
    }
  });

  it("the draft checker and the generator read the registry instead of their own lists", () => {
    for (const script of ["scripts/check-draft.ts", "scripts/generate.ts"]) {
      const text = readFileSync(join(root, script), "utf8");
      expect(text, script).toMatch(/from "\.\.\/src\/core\/registry\.js"/);
      expect(text, `${script} names no dataset file by hand`).not.toMatch(/"facilities\.json"|"corridors\.json"/);
    }
  });

  it("the CLI's validate command offers every entity", async () => {
    const entry = COMMAND_INDEX.find((c) => c.name === "validate");
    const command = await entry?.load();
    for (const e of ENTITIES) expect(command?.usage, e.name).toContain(e.name);
  });
});
