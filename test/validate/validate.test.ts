import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { formatIssues, validateCollection, validateRecord } from "../../src/validate/validate.js";
import { figure, node, source } from "../schemas/samples.js";

const snapshot = () => JSON.stringify(Object.entries(root).filter(([, v]) => Array.isArray(v)));
const before = snapshot();

describe("validateRecord", () => {
  it("returns the typed record when it is valid", () => {
    const result = validateRecord("figure", figure);
    expect(result.ok && result.data.value).toBe(6500);
  });

  it.each([
    ["a wrong type", { ...figure, year: "2024" }, "figure.year", "number", '"2024"'],
    ["a missing field", (({ unit: _u, ...rest }) => rest)(figure), "figure.unit", "one of", "nothing"],
    ["a wrong unit", { ...figure, unit: "lb" }, "figure.unit", 'one of "kg", "t"', '"lb"'],
    ["a malformed date", { ...source, published: "June 2024" }, "source.published", "text matching", '"June 2024"'],
    ["an impossible date", { ...source, published: "2024-13-01" }, "source.published", undefined, '"2024-13-01"'],
    ["a broken rule across fields", { ...figure, status: "withheld" }, "figure.value", undefined, undefined],
  ] as const)("explains %s with the path, what was expected and what was received", (_label, value, path, expected, received) => {
    const entity = path.split(".")[0] as "figure" | "source";
    const result = validateRecord(entity, value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    if (expected !== undefined) expect(issue?.expected).toContain(expected);
    if (received !== undefined) expect(issue?.received).toBe(received);
    expect(formatIssues(result.issues)).toContain(path);
  });

  it("reports an unknown key, including __proto__, without touching any prototype", () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(node).slice(1)}`);
    const result = validateRecord("corridor-node", input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain("corridor-node.__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("survives deep nesting, cycles and huge values with a short message", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const cyclic: Record<string, unknown> = { ...node };
    cyclic.self = cyclic;
    const huge = { ...source, title: "x".repeat(5_000_000) };
    for (const [entity, value] of [
      ["corridor-node", deep],
      ["corridor-node", cyclic],
      ["figure", huge],
      ["figure", null],
      ["figure", 42],
    ] as const) {
      const result = validateRecord(entity, value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(formatIssues(result.issues).length).toBeLessThan(10_000);
    }
  });

  it("names the entities it knows when given one it does not", () => {
    expect(() => validateRecord("figures" as "figure", {})).toThrow(
      /entity must be one of source, country.*did you mean "figure"\?/,
    );
  });
});

describe("validateCollection", () => {
  it("says which record failed and where", () => {
    const result = validateCollection("figure", [figure, { ...figure, unit: "lb" }, figure]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.record).toBe(1);
      expect(result.issues[0]?.path).toBe("figures[1].unit");
    }
  });
  it("finds duplicate ids and dangling references when asked, against given reference data", () => {
    const dup = validateCollection("source", [source, source], { integrity: true });
    expect(dup.ok || dup.issues.map((i) => [i.path, i.rule])).toEqual([["sources[1]", "integrity"]]);
    const dangling = validateCollection("corridor-node", [{ ...node, country: "XX" }], {
      integrity: { countries: root.countries, sources: [source] },
    });
    expect(dangling.ok || dangling.issues.map((i) => i.message)).toEqual(["Unknown country 'XX'"]);
  });
  it("refuses a non-array", () => {
    const result = validateCollection("figure", { records: [] });
    expect(result.ok || result.issues[0]?.message).toBe("Expected an array of records");
  });
  it("accepts the package's own data", () => {
    expect(validateCollection("figure", root.figures, { integrity: root }).ok).toBe(true);
    expect(validateCollection("country", root.countries, { integrity: root }).ok).toBe(true);
  });
});

describe("the package's data", () => {
  it("is unchanged after all the bad input above", () => {
    expect(snapshot()).toBe(before);
  });
});
