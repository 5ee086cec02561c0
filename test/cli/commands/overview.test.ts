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
