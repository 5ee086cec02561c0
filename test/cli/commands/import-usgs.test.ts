import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { tempFiles } from "../helpers.js";

const { file } = tempFiles();

describe("c5-minerals import-usgs", () => {
  const fixture = resolve(import.meta.dirname, "../../fixtures/usgs/mcs2024/mcs2024-chrom_world.csv");
  it("prints the figures of a real data-release file and exits 0 when every cell was read", () => {
    const outcome = runCli(["import-usgs", fixture, "--mineral", "chromium"]);
    expect(outcome.code).toBe(0);
    const figures = JSON.parse(outcome.stdout) as { country: string; year: number; value: number }[];
    expect(figures.find((f) => f.country === "KZ" && f.year === 2022)?.value).toBe(6000);
  });
  it("lists the cells it could not read and exits 1", () => {
    const outcome = runCli([
      "import-usgs",
      resolve(import.meta.dirname, "../../fixtures/usgs/mcs2024/mcs2024-feore_world.csv"),
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
