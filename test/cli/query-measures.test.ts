import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { measuresInForce, policyTimeline } from "../../src/measures.js";

describe("c5-minerals query measures", () => {
  it("answers the same as measuresInForce, as JSON", () => {
    const r = runCli(["query", "measures", "KZ,KG", "--date", "2025-06-01", "--product", "copper", "--json"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { inForce: { measure: { id: string } }[] };
    expect(parsed.inForce.map((h) => h.measure.id)).toEqual(
      measuresInForce(["KZ", "KG"], "2025-06-01", "copper").inForce.map((h) => h.measure.id),
    );
  });

  it("prints one line per measure in force, and the open cases with their reasons", () => {
    const r = runCli(["query", "measures", "KG", "--date", "2024-01-15", "--product", "gold"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Possibly in force/);
    expect(r.stdout).toMatch(/kg-state-preferential-gold-purchase: reported 2021-05-21/);
  });

  it("prints a country's timeline, oldest first", () => {
    const r = runCli(["query", "measures", "timeline", "TJ", "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { entries: unknown[] }).entries.length).toBe(policyTimeline("TJ").entries.length);
  });

  it("answers for a facility's minerals", () => {
    const r = runCli(["query", "measures", "facility", "tau-ken-altyn-refinery", "--date", "2015-10-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Temporary ban on exports of unrefined gold/);
  });

  it("refuses bad input: an unknown country is an input error, a stray option a usage error", () => {
    expect(runCli(["query", "measures", "Atlantis"]).code).toBe(1);
    expect(runCli(["query", "measures", "KZ", "--date", "2025-13-01"]).code).toBe(1);
    expect(runCli(["query", "measures", "KZ", "--mineral", "gold"]).code).toBe(2);
    expect(runCli(["query", "measures"]).code).toBe(2);
    expect(runCli(["query", "measures", "--help"]).stdout).toMatch(/query measures timeline/);
  });
});
