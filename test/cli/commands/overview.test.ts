import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";

describe("c5-minerals overview", () => {
  it("prints an overview by default", () => {
    expect(runCli([]).stdout).toMatch(/What the C5 produce/);
    expect(runCli(["overview", "--json"]).code).toBe(0);
  });

  it("says how fresh each dataset is and which US imports depend on the C5", () => {
    const overview = runCli(["overview"]).stdout;
    expect(overview).toMatch(/Newest source each dataset cites/);
    expect(overview).toMatch(/^ {2}import-dependence +2026-02 +usgs-mcs-2026-/m);
    expect(overview).toMatch(/US imports that depend on the C5 \(usgs-mcs-2026;/);
    const json = JSON.parse(runCli(["overview", "--json"]).stdout) as {
      freshness: { dataset: string }[];
      importsFromC5: unknown[];
    };
    expect(json.freshness.map((f) => f.dataset)).toContain("figures");
    expect(json.importsFromC5.length).toBeGreaterThan(0);
  });
});

describe("c5-minerals overview: the corridor graph", () => {
  it("says how much of the graph's length is sourced, as the data gives it", async () => {
    const { corridorLegs } = await import("../../../src/corridors.js");
    const json = JSON.parse(runCli(["overview", "--json"]).stdout) as {
      corridorLengths: { totalKm: number; sourcedKm: number; sourcedShare: number };
    };
    // the sourced part is the sum of the legs' preferred (else first) sourced lengths
    const sourced = corridorLegs.reduce((s, l) => {
      const claims = l.lengthKm as readonly { value: number; preferred?: boolean }[];
      return s + ((claims.find((c) => c.preferred) ?? claims[0])?.value ?? 0);
    }, 0);
    expect(json.corridorLengths.sourcedKm).toBe(Math.round(sourced));
    expect(json.corridorLengths.sourcedShare).toBeGreaterThan(0);
    expect(runCli(["overview"]).stdout).toMatch(
      /^Corridor graph: \d+ nodes, \d+ legs, \d+ km, of which \d+\.\d% measured by sourced lengths/m,
    );
  });
});

describe("c5-minerals overview: what the C5 produce", () => {
  it("lists no mineral whose newest figure is a printed zero", () => {
    // MCS 2026 clays: Uzbekistan's fuller's earth is printed "—" (zero) in 2024 and 2025
    const json = JSON.parse(runCli(["overview", "--json"]).stdout) as {
      production: Record<string, { figure: { status: string; form?: string } }[]>;
    };
    const all = Object.values(json.production).flat();
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => s.figure.status === "zero")).toEqual([]);
    expect((json.production.UZ ?? []).some((s) => s.figure.form === "fuller's earth")).toBe(false);
  });
});
