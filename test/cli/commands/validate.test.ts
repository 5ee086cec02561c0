import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { figure, node, source } from "../../schemas/samples.js";
import { tempFiles } from "../helpers.js";

const { file } = tempFiles();

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
});
