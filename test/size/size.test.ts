import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

// Bundles small consumer programs against the built package, the way an app's bundler would, and
// checks both what goes into each bundle (its module list) and its gzip size against a budget.
const repo = resolve(import.meta.dirname, "../..");
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, "budgets.json"), "utf8")) as Record<string, number>;
const project = mkdtempSync(join(tmpdir(), "c5-size-"));
mkdirSync(join(project, "node_modules"));
symlinkSync(repo, join(project, "node_modules", "c5-minerals"), "dir");
symlinkSync(join(repo, "node_modules", "zod"), join(project, "node_modules", "zod"), "dir");
afterAll(() => rmSync(project, { recursive: true, force: true }));

const consumers: Record<string, string> = {
  "countries-lookup": `import { getCountry } from "c5-minerals/countries"; console.log(getCountry("KZ")?.name);`,
  "one-dataset": `import { partnerships } from "c5-minerals/partnerships"; console.log(partnerships.length);`,
  "one-query": `import { findRoutes } from "c5-minerals/corridors"; console.log(findRoutes("KZ", "TR").length);`,
  "validation-one-schema": `import { Figure } from "c5-minerals/schemas"; console.log(Figure.safeParse({}).success);`,
  "whole-root": `import * as all from "c5-minerals"; console.log(Object.keys(all).length);`,
};

/** Strings found only in one dataset's records (as in the module-graph test). */
const datasetMarkers: Record<string, string> = {
  sources: "pubs.usgs.gov/periodicals",
  figures: "usgs-mcs-2025-chromium-world",
  minerals: "Oganesson",
  lists: "us-2022-critical-minerals",
  partnerships: "c5-plus-1-critical-minerals-dialogue",
  corridors: "middle-corridor",
  countries: "Kyrgyz Republic",
};

async function bundle(name: string) {
  const entry = join(project, `${name}.mjs`);
  writeFileSync(entry, consumers[name] ?? "");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    minify: true,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, gzip: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

const report: Record<string, number> = {};
afterAll(() => {
  mkdirSync(join(repo, "bench/results"), { recursive: true });
  writeFileSync(join(repo, "bench/results/size.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `bundle sizes (gzip bytes): ${Object.entries(report)
      .map(([k, v]) => `${k} ${v}/${budgets[k]}`)
      .join(", ")}`,
  );
});

describe("consumer bundles", () => {
  it.each([
    ["countries-lookup", ["countries"]],
    ["one-dataset", ["partnerships"]],
    // routes resolve country names and codes (getCountry), so the corridors query also bundles countries
    ["one-query", ["corridors", "countries"]],
  ] as const)("%s contains no zod and no dataset but %j", async (name, allowed) => {
    const { code, inputs, gzip } = await bundle(name);
    report[name] = gzip;
    expect(inputs.filter((i) => i.includes("node_modules/zod") || i.includes("/zod/"))).toEqual([]);
    for (const [dataset, marker] of Object.entries(datasetMarkers)) {
      expect(code.includes(marker), `${name} bundles ${dataset}`).toBe((allowed as readonly string[]).includes(dataset));
    }
    expect(gzip).toBeLessThanOrEqual(budgets[name] ?? 0);
  });

  it("validation with one schema bundles zod but no dataset", async () => {
    const { code, inputs, gzip } = await bundle("validation-one-schema");
    report["validation-one-schema"] = gzip;
    expect(inputs.some((i) => i.includes("zod"))).toBe(true);
    for (const marker of Object.values(datasetMarkers)) expect(code.includes(marker)).toBe(false);
    expect(gzip).toBeLessThanOrEqual(budgets["validation-one-schema"] ?? 0);
  });

  it("the whole root bundles every dataset and no zod", async () => {
    const { code, inputs, gzip } = await bundle("whole-root");
    report["whole-root"] = gzip;
    expect(inputs.some((i) => i.includes("zod"))).toBe(false);
    for (const marker of Object.values(datasetMarkers)) expect(code.includes(marker)).toBe(true);
    expect(gzip).toBeLessThanOrEqual(budgets["whole-root"] ?? 0);
  });
});

describe("the published package", () => {
  it("stays within its packed and unpacked size budgets", () => {
    const out = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, encoding: "utf8" });
    const [info] = JSON.parse(out.stdout) as { size: number; unpackedSize: number; files: { path: string }[] }[];
    expect(info?.size).toBeLessThanOrEqual(budgets["package-packed"] ?? 0);
    expect(info?.unpackedSize).toBeLessThanOrEqual(budgets["package-unpacked"] ?? 0);
  });

  it("embeds no dataset in its JavaScript: each dataset's records are one file in dist/records", () => {
    const js = readdirSync(join(repo, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(10);
    for (const file of js) {
      const code = readFileSync(join(repo, "dist", file), "utf8");
      for (const [dataset, marker] of Object.entries(datasetMarkers))
        expect(code.includes(marker), `dist/${file} embeds ${dataset}`).toBe(false);
    }
    for (const [dataset, marker] of Object.entries(datasetMarkers)) {
      const holders = readdirSync(join(repo, "dist/records")).filter((f) =>
        readFileSync(join(repo, "dist/records", f), "utf8").includes(marker),
      );
      expect(holders.length, `${dataset} in ${holders.join(", ")}`).toBeGreaterThanOrEqual(1);
    }
  });
});
