import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";

describe("c5-minerals query", () => {
  it("answers the common questions", () => {
    expect(runCli(["query", "country", "uzbekistan"]).stdout).toMatch(/doubly-landlocked/);
    expect(runCli(["query", "mineral", "chromium", "--measure", "mine-production"]).stdout).toMatch(/1\. ZA/);
    expect(runCli(["query", "lists", "uranium"]).stdout).toMatch(/us-2025-critical-minerals/);
    expect(runCli(["query", "members", "c5-plus-1-critical-minerals-dialogue", "--date", "2024-06-01"]).stdout).toMatch(/KZ/);
    expect(JSON.parse(runCli(["query", "route", "KZ", "TR", "--avoid", "RU,IR", "--json"]).stdout)[0].countries).toEqual([
      "KZ",
      "AZ",
      "GE",
      "TR",
    ]);
    expect(runCli(["query", "timeline", "--country", "UZ"]).stdout).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it("says when nothing matches", () => {
    expect(runCli(["query", "country", "Atlantis"])).toMatchObject({ code: 1 });
    expect(runCli(["query", "mineral", "zinc", "--year", "1950"])).toMatchObject({ code: 1 });
  });
  it("shows its help", () => {
    expect(runCli(["query", "--help"]).stdout).toMatch(/^Usage: c5-minerals query/);
  });
});
