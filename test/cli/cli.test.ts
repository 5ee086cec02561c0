import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import * as root from "../../src/index.js";
import { figure, node, source } from "../schemas/samples.js";

const dir = mkdtempSync(join(tmpdir(), "c5-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const snapshot = () => JSON.stringify(Object.entries(root).filter(([, v]) => Array.isArray(v)));
const before = snapshot();

describe("c5-minerals validate", () => {
  it("exits 0 for valid JSON, NDJSON and CSV files", () => {
    expect(runCli(["validate", file("ok.json", JSON.stringify([figure, figure])), "--as", "figure"])).toMatchObject({ code: 0 });
    expect(
      runCli([
        "validate",
        file("ok.ndjson", `${JSON.stringify(source)}\n${JSON.stringify({ ...source, id: "b" })}\n`),
        "--as",
        "source",
      ]).code,
    ).toBe(0);
    const csv =
      "id,name,aliases,kind,country,coordinates.lat,coordinates.lon,sources\nsample-port,Sample port,,seaport,KZ,43.6,51.2,sample-source\n";
    expect(runCli(["validate", file("ok.csv", csv), "--as", "corridor-node"])).toMatchObject({ code: 0 });
  });

  const bad: [string, string, string | Buffer, string[], RegExp][] = [
    [
      "a wrong type",
      "type.json",
      JSON.stringify([{ ...figure, year: "2024" }]),
      ["--as", "figure"],
      /figures\[0\]\.year: .*expected number, received "2024"/,
    ],
    ["a missing field", "missing.json", JSON.stringify({ ...source, url: undefined }), ["--as", "source"], /source\.url: /],
    [
      "a wrong unit",
      "unit.ndjson",
      `${JSON.stringify(figure)}\n${JSON.stringify({ ...figure, unit: "lb" })}\n`,
      ["--as", "figure"],
      /line 2: figures\[1\]\.unit: .*received "lb"/,
    ],
    [
      "a bad date",
      "date.json",
      JSON.stringify([{ ...source, published: "2024-02-30" }]),
      ["--as", "source"],
      /sources\[0\]\.published: Expected a real calendar month and day/,
    ],
    [
      "an unknown id",
      "unknown.json",
      JSON.stringify([{ ...node, country: "XX" }]),
      ["--as", "corridor-node", "--integrity"],
      /nodes\[0\]\.country: Unknown country 'XX'/,
    ],
    [
      "a duplicate id",
      "dup.json",
      JSON.stringify([source, source]),
      ["--as", "source", "--integrity"],
      /sources\[1\]: Duplicate id 'sample-source'/,
    ],
    [
      "a dangling reference",
      "dangling.json",
      JSON.stringify([{ ...node, sources: ["no-such-source"] }]),
      ["--as", "corridor-node", "--integrity"],
      /Unknown source 'no-such-source'/,
    ],
    ["malformed JSON", "broken.json", '[{"id": ', ["--as", "source"], /not valid JSON/],
    ["malformed CSV", "broken.csv", 'id,name\n"open,x\n', ["--as", "source"], /CSV line 2: a quoted field is never closed/],
    ["an empty file", "empty.json", "", ["--as", "source"], /is empty/],
    ["a header-only CSV", "header.csv", "id,name\n", ["--as", "source"], /holds a header but no records/],
    ["invalid UTF-8", "latin1.csv", Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]), ["--as", "source"], /not valid UTF-8/],
    [
      "deeply nested input",
      "deep.json",
      `${"[".repeat(200_000)}${"]".repeat(200_000)}`,
      ["--as", "source"],
      /nested too deeply|expected object/i,
    ],
    [
      "__proto__ keys",
      "proto.json",
      `{"__proto__": {"polluted": 1}, "id": "x"}`,
      ["--as", "source"],
      /source\.__proto__: Unknown field "__proto__"/,
    ],
  ];

  it.each(bad)("exits 1 with one clear message for %s, and no stack trace", (_label, name, content, args, message) => {
    const outcome = runCli(["validate", file(name, content), ...args]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("exits 1 for a file over the size limit without reading it", () => {
    const path = file("huge.json", `[${"0,".repeat(600_000)}0]`);
    const outcome = runCli(["validate", path, "--as", "figure", "--max-bytes", "1000000"]);
    expect(outcome).toMatchObject({ code: 1 });
    expect(outcome.stderr).toMatch(/more than the limit of 1000000 bytes/);
  });

  it("reads a huge valid file within the limit", () => {
    const path = file(
      "many.json",
      JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ ...figure, year: 1900 + (i % 200) }))),
    );
    expect(runCli(["validate", path, "--as", "figure"]).code).toBe(0);
  });

  it("prints JSON for scripts", () => {
    const outcome = runCli(["validate", file("j.json", JSON.stringify([{ ...figure, unit: "lb" }])), "--as", "figure", "--json"]);
    expect(JSON.parse(outcome.stdout)).toMatchObject({
      valid: false,
      records: 1,
      issues: [{ path: "figures[0].unit", record: 0 }],
    });
  });

  it.each([
    [["validate"], /exactly one file/],
    [["validate", "x.json"], /needs --as/],
    [["validate", "x.json", "--as", "figures"], /Unknown entity 'figures'/],
    [["validate", "x.json", "--as", "figure", "--bogus"], /Unknown option '--bogus'/],
    [["validate", "x.txt", "--as", "figure", "--format", "xml"], /Cannot tell the format|json/],
    [["nope"], /unknown command 'nope'/],
    [["query", "route", "KZ"], /takes <from> <to>/],
    [["query", "route", "KZ", "TR", "--avoid-modes", "air"], /--avoid-modes takes rail, road, ferry, sea/],
    [["export", "--format", "xml"], /--format json, csv or geojson/],
    [["export", "--format", "geojson", "--dataset", "figures"], /GeoJSON is available for the corridors/],
    [["import-usgs", "x.csv"], /needs --mineral/],
  ])("exits 2 for a usage error: %j", (args, message) => {
    const outcome = runCli(args);
    expect(outcome.code).toBe(args[0] === "validate" && args.includes("--format") ? 1 : 2);
    expect(outcome.stderr).toMatch(message);
  });
});

describe("c5-minerals query, export, overview", () => {
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
  it("exports what the package exports", () => {
    expect(JSON.parse(runCli(["export", "--format", "json", "--dataset", "countries"]).stdout)).toEqual(
      JSON.parse(JSON.stringify(root.countries)),
    );
    const geo = JSON.parse(runCli(["export", "--format", "geojson"]).stdout);
    expect(geo.features.filter((f: { properties: { kind: string } }) => f.properties.kind === "node").length).toBe(
      root.corridorNodes.length,
    );
    const out = join(dir, "figures.csv");
    runCli(["export", "--format", "csv", "--out", out]);
    expect(readFileSync(out, "utf8").split("\n").length).toBe(root.figures.length + 2);
  });
  it("prints an overview by default", () => {
    expect(runCli([]).stdout).toMatch(/What the C5 produce/);
    expect(runCli(["--help"]).stdout).toMatch(/Commands:/);
    for (const c of ["validate", "query", "export", "import-usgs", "overview"])
      expect(runCli([c, "--help"]).stdout).toMatch(/^Usage: c5-minerals/);
  });
  it("leaves the package's data unchanged", () => {
    expect(snapshot()).toBe(before);
  });
});

describe("c5-minerals import-usgs", () => {
  const fixture = resolve(import.meta.dirname, "../fixtures/usgs/mcs2024/mcs2024-chrom_world.csv");
  it("prints the figures of a real data-release file and exits 0 when every cell was read", () => {
    const outcome = runCli(["import-usgs", fixture, "--mineral", "chromium"]);
    expect(outcome.code).toBe(0);
    const figures = JSON.parse(outcome.stdout) as { country: string; year: number; value: number }[];
    expect(figures.find((f) => f.country === "KZ" && f.year === 2022)?.value).toBe(6000);
  });
  it("lists the cells it could not read and exits 1", () => {
    const outcome = runCli([
      "import-usgs",
      resolve(import.meta.dirname, "../fixtures/usgs/mcs2024/mcs2024-feore_world.csv"),
      "--mineral",
      "iron-ore",
      "--basis",
      "gross-weight",
    ]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/Reserves_mt.*ambiguous/);
    expect(runCli(["import-usgs", fixture, "--mineral", "chromium", "--max-bytes", "lots"])).toMatchObject({ code: 2 });
  });
  it("reads Windows-1252 bytes", () => {
    const text =
      "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes\r\nX,World production,X,T\u00fcrkiye,Mine production,contained x,metric tons,2025,5,\r\n";
    const path = file("cp1252.csv", Buffer.from([...text].map((c) => c.charCodeAt(0))));
    const outcome = runCli(["import-usgs", path, "--mineral", "zinc", "--vintage", "usgs-mcs-2026"]);
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)[0].country).toBe("TR");
  });
});

describe("the built CLI as a process", () => {
  const cli = resolve(import.meta.dirname, "../../dist/cli.js");
  it("prints errors as one line with the right exit code and no stack trace", () => {
    const result = spawnSync("node", [cli, "validate", join(dir, "nothing.json"), "--as", "figure"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(spawnSync("node", [cli, "validate"], { encoding: "utf8" }).status).toBe(2);
    expect(execFileSync("node", [cli, "--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
