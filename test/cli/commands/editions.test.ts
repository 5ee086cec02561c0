import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { editions } from "../../../src/datasets/editions.js";
import { figureTables } from "../../../src/datasets/figures.js";

describe("c5-minerals editions", () => {
  it("prints every edition and a coverage row per mineral with a table", () => {
    const out = runCli(["editions"]);
    expect(out.code).toBe(0);
    for (const e of editions) expect(out.stdout).toContain(`${e.id}  ${e.title}`);
    const minerals = new Set(figureTables.filter((t) => t.vintage.startsWith("usgs-mcs-")).map((t) => t.mineral));
    const rows = out.stdout.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| mineral") && !l.startsWith("| ---"));
    expect(rows.map((l) => l.split("|")[1]?.trim()).sort()).toEqual([...minerals].sort());
  });

  it("gives one mineral's tables and reasons, also as JSON", () => {
    const out = runCli(["editions", "--mineral", "Iodine"]);
    expect(out.stdout).toMatch(/usgs-mcs-2022 {2}not-read: /);
    expect(out.stdout).toContain("usgs-mcs-2025  table: usgs-mcs-2025-iodine-world");
    expect(out.stdout).toContain("usgs-mcs-2024  table: usgs-mcs-2024-iodine-world");
    const data = JSON.parse(runCli(["editions", "--mineral", "iodine", "--json"]).stdout);
    expect(data.coverage.rows[0].cells.map((c: { status: string }) => c.status)).toEqual([
      "not-read",
      "present",
      "present",
      "present",
      "present",
    ]);
  });

  it("refuses an unknown mineral or series as a usage error naming the option", () => {
    const bad = runCli(["editions", "--mineral", "unobtainium"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--mineral/);
    expect(runCli(["editions", "--series", "nope"]).code).toBe(2);
    expect(runCli(["editions", "extra"]).code).toBe(2);
  });
});
