import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import * as root from "../../../src/index.js";
import { tempFiles } from "../helpers.js";

const { dir } = tempFiles();

describe("c5-minerals export", () => {
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
});
