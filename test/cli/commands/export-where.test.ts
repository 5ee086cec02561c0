import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { parseCsv } from "../../../src/core/csv.js";
import { corridorNodes, facilities, getCompany } from "../../../src/index.js";
import { tempFiles } from "../helpers.js";

const { dir } = tempFiles();
const rowsOf = (csv: string) => {
  expect(csv.startsWith("\uFEFF")).toBe(true); // Excel reads the file as UTF-8
  const [header = [], ...rows] = parseCsv(csv.slice(1).replace(/\r\n/g, "\n"));
  return rows.map((r) => {
    expect(r.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]));
  });
};

describe("c5-minerals export --where, readable CSV", () => {
  it("writes Uzbekistan's facilities with owners from one command, readable in a spreadsheet", () => {
    const out = join(dir, "uz.csv");
    const run = runCli(["export", "--dataset", "facilities", "--format", "csv", "--where", "country=UZ", "--out", out]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/\r\n$/);
    const rows = rowsOf(text);
    // as many rows as the dataset has facilities in Uzbekistan, and only those
    expect(rows.map((r) => r.id).sort()).toEqual(
      facilities
        .filter((f) => f.country === "UZ")
        .map((f) => f.id)
        .sort(),
    );
    for (const r of rows) {
      expect(r["country name"]).toBe("Uzbekistan");
      // no JSON in any cell
      for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[[{]/);
      // every owner id in the row is named in the owners text, and the shares add up to at most 100 %
      const ids = r["owner ids"] ? r["owner ids"].split("; ") : [];
      for (const id of ids) expect(r.owners).toContain(getCompany(id)?.name);
      const shares = [...(r.owners ?? "").matchAll(/ (\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
      expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
      if (r["exit node"]) expect(r["exit node name"]).toBe(corridorNodes.find((n) => n.id === r["exit node"])?.name);
    }
    expect(rows.some((r) => r.owners !== "")).toBe(true);
  });

  it("selects by mineral, kind, status and date, each resolved like the API's arguments", () => {
    const gold = rowsOf(runCli(["export", "--dataset", "facilities", "--format", "csv", "--where", "mineral=Gold"]).stdout);
    expect(gold.length).toBeGreaterThan(0);
    for (const r of gold) expect(r.minerals?.split("; ")).toContain("gold");
    const kinds = new Set(facilities.map((f) => f.kind));
    const kind = [...kinds][0] ?? "";
    const ofKind = rowsOf(runCli(["export", "--dataset", "facilities", "--format", "csv", "--where", `kind=${kind}`]).stdout);
    expect(ofKind.length).toBe(facilities.filter((f) => f.kind === kind).length);
    // as of 2000, a facility counts only when a status dated no later than 2000 says it was operating
    const then = rowsOf(
      runCli(["export", "--dataset", "facilities", "--format", "csv", "--where", "status=operating", "--where", "date=2000"])
        .stdout,
    );
    for (const r of then) {
      expect(r.status).toBe("operating");
      expect(Number(r["status since"]?.slice(0, 4))).toBeLessThanOrEqual(2000);
    }
    const now = rowsOf(runCli(["export", "--dataset", "facilities", "--format", "csv", "--where", "status=operating"]).stdout);
    expect(then.length).toBeLessThan(now.length);
  });

  it("keeps the lossless flat form when asked, and refuses what it cannot select by", () => {
    const json = runCli(["export", "--dataset", "facilities", "--format", "csv", "--cells", "json", "--where", "country=UZ"]);
    expect(json.stdout).toMatch(/"\[\{/); // lists of objects as JSON cells, as dist/data/*.csv
    const bad: [string[], RegExp][] = [
      [["--where", "country=Atlantis"], /--where country: no country matches/],
      [["--where", "colour=red"], /unknown key/],
      [["--where", "country"], /key=value/],
      [["--where", "status=flying"], /not a status in facilities/],
      [["--where", "date=2024-13"], /--where date must be a date/],
      [["--dataset", "sources", "--where", "mineral=gold"], /sources dataset has no mineral/],
    ];
    for (const [args, message] of bad) {
      const r = runCli(["export", "--format", "csv", "--dataset", "facilities", ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it("gives GeoJSON features a name and a label a map tool can show", () => {
    const geo = JSON.parse(runCli(["export", "--format", "geojson", "--dataset", "facilities", "--where", "country=UZ"]).stdout);
    expect(geo.features.length).toBe(facilities.filter((f) => f.country === "UZ" && f.location !== undefined).length);
    for (const f of geo.features) {
      expect(typeof f.properties.name).toBe("string");
      expect(f.properties.label).toContain(f.properties.name);
      expect(f.properties.countryName).toBe("Uzbekistan");
      for (const v of Object.values(f.properties)) expect(typeof v === "object" && v !== null).toBe(false);
    }
  });
});
