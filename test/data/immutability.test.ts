import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";

// Every dataset the package exports, walked to every nested object and array.
const datasets = Object.entries(root).filter(([, value]) => Array.isArray(value)) as [string, readonly unknown[]][];

function* objects(value: unknown, path: string): Generator<[string, object]> {
  if (value === null || typeof value !== "object") return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* objects(child, `${path}.${key}`);
}

describe("exported data", () => {
  it("includes every dataset", () => {
    expect(datasets.map(([name]) => name).sort()).toEqual(
      [
        "HS_STAGES",
        "PRODUCTION_MEASURES",
        "TRADE_BLOCS",
        "companies",
        "corridorLegs",
        "corridorNodes",
        "corridors",
        "countries",
        "countryNames",
        "coverageGaps",
        "criticalMineralLists",
        "editions",
        "elements",
        "events",
        "facilities",
        "figureTables",
        "figures",
        "hsCodes",
        "importDependence",
        "measures",
        "minerals",
        "omittedLists",
        "partnerships",
        "policyEvents",
        "projects",
        "sources",
        "tradeFlows",
      ].sort(),
    );
  });

  it.each(datasets)("%s is deeply frozen", (_name, data) => {
    for (const [path, object] of objects(data, "")) expect(Object.isFrozen(object), path).toBe(true);
  });

  it.each(datasets)("%s refuses every attempt to change a record", (_name, data) => {
    for (const [path, object] of objects(data, "")) {
      const target = object as Record<string, unknown>;
      expect(() => {
        target.added = 1;
      }, path).toThrow(TypeError);
      if (Array.isArray(object)) expect(() => (object as unknown[]).push(1), path).toThrow(TypeError);
      const key = Object.keys(target)[0];
      if (key === undefined) continue;
      const before = target[key];
      expect(() => {
        target[key] = "changed";
      }, path).toThrow(TypeError);
      expect(() => delete target[key], path).toThrow(TypeError);
      expect(target[key]).toBe(before);
    }
  });

  it("cannot be changed through a lookup result", () => {
    const kz = root.getCountry("KZ") as { name: string };
    expect(() => {
      kz.name = "changed";
    }).toThrow(TypeError);
    expect(root.getCountry("KZ").name).toBe("Kazakhstan");
  });
});
