import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { DeepReadonly } from "../../src/core/freeze.js";
import { importDependence } from "../../src/figures.js";
import * as root from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import { checkIntegrity } from "../../src/validate/integrity.js";
import { collections, elementSymbols } from "./all.js";

const schemaOf: Record<keyof typeof collections, z.ZodType> = {
  sources: schemas.Source,
  countries: schemas.Country,
  minerals: schemas.Mineral,
  lists: schemas.CriticalMineralList,
  omittedLists: schemas.OmittedList,
  figureTables: schemas.FigureTable,
  figures: schemas.Figure,
  partnerships: schemas.Partnership,
  events: schemas.Event,
  nodes: schemas.CorridorNode,
  legs: schemas.CorridorLeg,
  corridors: schemas.Corridor,
  facilities: schemas.Facility,
  companies: schemas.Company,
  projects: schemas.Project,
  coverageGaps: schemas.CoverageGap,
};

describe("every record", () => {
  it.each(Object.keys(schemaOf) as (keyof typeof collections)[])("in %s validates against its schema", (name) => {
    const result = z.array(schemaOf[name]).safeParse(collections[name]);
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
  });

  it("is consistent: unique ids, every reference resolves, borders symmetric, one figure per key", () => {
    expect(checkIntegrity(collections, { elementSymbols })).toEqual([]);
  });

  it("names a source that exists, and every source is cited by something", () => {
    const cited = new Set<string>();
    const everyDataset = Object.fromEntries(Object.entries(root).filter(([name, v]) => Array.isArray(v) && name !== "sources"));
    JSON.stringify({ ...collections, ...everyDataset, importDependence, sources: [] }, (key, value) => {
      if ((key === "source" || key.endsWith("Source")) && typeof value === "string") cited.add(value);
      if ((key === "sources" || key === "otherSources") && Array.isArray(value))
        for (const id of value) if (typeof id === "string") cited.add(id);
      return value;
    });
    // the OECD inventory and studies define the measure-kind vocabulary (docs/measures-and-policy.md
    // cites them for it); no single record rests on them. cepii-baci is cited by the records the BACI
    // importer builds from a user's file (docs/trade-flows.md), not by shipped records. The U3O8-to-uranium
    // factor controlOf applies rests on wec-2007-uranium-definitions (docs/facilities.md).
    const guide = ["measures-and-policy.md", "trade-flows.md", "facilities.md"]
      .map((g) => readFileSync(join(import.meta.dirname, "../../docs", g), "utf8"))
      .join("\n");
    const uncited = collections.sources.filter((s) => !cited.has(s.id) && !guide.includes(s.id)).map((s) => s.id);
    expect(uncited).toEqual([]);
  });
});

describe("the integrity rules catch what they are for", () => {
  it("a one-sided border", () => {
    const all: readonly DeepReadonly<schemas.Country>[] = collections.countries;
    const countries = all.map((c) =>
      c.alpha2 === "KG" && c.profile
        ? { ...c, profile: { ...c.profile, borders: c.profile.borders.filter((b) => b.country !== "KZ") } }
        : c,
    );
    const issues = checkIntegrity({ ...collections, countries });
    expect(issues.map((i) => i.message)).toContain("KZ lists a border with KG, but KG does not list KZ");
  });
  it("a dangling mineral reference and a duplicate id", () => {
    const allFigures: readonly DeepReadonly<schemas.Figure>[] = collections.figures;
    const first = allFigures[0];
    if (first === undefined) throw new Error("no figures");
    const issues = checkIntegrity({
      ...collections,
      figures: [...allFigures, { ...first, mineral: "unobtainium", year: 1999 }],
      sources: [...collections.sources, ...collections.sources.slice(0, 1)],
    });
    expect(issues.some((i) => i.message === "Unknown mineral 'unobtainium'")).toBe(true);
    expect(issues.some((i) => i.message.startsWith("Duplicate id"))).toBe(true);
  });
  it("a member symbol that is no element", () => {
    const allMinerals: readonly DeepReadonly<schemas.Mineral>[] = collections.minerals;
    const minerals = allMinerals.map((m) => (m.id === "rare-earths" ? { ...m, members: [...(m.members ?? []), "Xx"] } : m));
    expect(checkIntegrity({ minerals }, { elementSymbols }).map((i) => i.message)).toContain("'Xx' is not an element symbol");
  });
});
