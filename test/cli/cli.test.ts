import { describe, expect, it } from "vitest";
import { COMMANDS, runCli } from "../../src/cli/main.js";
import * as root from "../../src/index.js";

const snapshot = () => JSON.stringify(Object.entries(root).filter(([, v]) => Array.isArray(v)));
const before = snapshot();

describe("c5-minerals", () => {
  it.each([
    [["validate"], /exactly one file/],
    [["validate", "x.json"], /needs --as/],
    [["validate", "x.json", "--as", "figures"], /Unknown entity 'figures'/],
    [["validate", "x.json", "--as", "figure", "--bogus"], /Unknown option '--bogus'/],
    [["validate", "x.txt", "--as", "figure", "--format", "xml"], /--format is one of json, ndjson, csv/],
    [["nope"], /unknown command 'nope'/],
    [["query", "route", "KZ"], /takes <from> <to>/],
    [["query", "route", "KZ", "TR", "--avoid-modes", "air"], /--avoid-modes\[0\] must be one of rail, road, ferry, sea/],
    [["export", "--format", "xml"], /--format json, csv or geojson/],
    [["export", "--format", "geojson", "--dataset", "figures"], /GeoJSON is available for the corridors/],
    [["import-usgs", "x.csv"], /needs --mineral/],
  ])("exits 2 for a usage error: %j", (args, message) => {
    const outcome = runCli(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(message);
  });
  it("lists every command and shows each one's help", () => {
    expect(runCli(["--help"]).stdout).toMatch(/Commands:/);
    for (const c of COMMANDS) {
      expect(runCli(["--help"]).stdout).toContain(`  ${c.name} `);
      expect(runCli([c.name, "--help"]).stdout).toMatch(new RegExp(`^Usage: c5-minerals ${c.name}`));
    }
  });
  it("leaves the package's data unchanged", () => {
    for (const c of COMMANDS) runCli([c.name]);
    expect(snapshot()).toBe(before);
  });
});
