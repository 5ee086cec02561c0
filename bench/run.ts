// npm run bench: measures the package against a baseline in the same run and prints ratios
// (baseline time / package time: above 1 means the package is faster). Writes bench/results/latest.json
// and docs/benchmarks.md. Needs a build (npm run build) for the cold-import benchmark.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import * as z from "zod";
import { corridorLegs, corridorNodes } from "../src/datasets/corridors.js";
import { countries, getCountry } from "../src/datasets/countries.js";
import { figures } from "../src/datasets/figures.js";
import { findRoutes, greatCircleKm } from "../src/queries/routes.js";
import { Figure } from "../src/schemas/figure.js";
import { validateCollection } from "../src/validate/validate.js";
import { writeBenchmarksPage } from "./page.js";
import { benchStream } from "./stream.js";

const repo = resolve(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Times `fn` in batches until `ms` have passed; returns the median time per call in nanoseconds. */
function time(fn: () => unknown, ms = 400, batch = 1): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  const samples: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end || samples.length < 5) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push(((performance.now() - t0) * 1e6) / batch);
  }
  return median(samples);
}

interface Result {
  name: string;
  subject: string;
  baseline: string;
  subjectNs: number;
  baselineNs: number;
  ratio: number;
}
const results: Result[] = [];
function record(name: string, subject: string, subjectNs: number, baseline: string, baselineNs: number) {
  const r = { name, subject, baseline, subjectNs, baselineNs, ratio: baselineNs / subjectNs };
  results.push(r);
  console.log(
    `${name.padEnd(34)} ${fmt(subjectNs).padStart(10)} vs ${fmt(baselineNs).padStart(10)}  ratio ${r.ratio.toFixed(2)}x  (${baseline})`,
  );
}
const fmt = (ns: number) =>
  ns > 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns > 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

// 1. cold import of each subpath vs importing world-countries, each in a fresh Node process
{
  const project = mkdtempSync(join(tmpdir(), "c5-bench-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(repo, join(project, "node_modules", "c5-minerals"), "dir");
  for (const dep of ["zod", "world-countries"])
    symlinkSync(join(repo, "node_modules", dep), join(project, "node_modules", dep), "dir");
  const coldImport = (specifier: string, runs = 15) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = spawnSync(
        "node",
        [
          "--input-type=module",
          "-e",
          `const t=performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now()-t)`,
        ],
        { cwd: project, encoding: "utf8" },
      );
      samples.push(Number(out.stdout.trim()) * 1e6);
    }
    return median(samples);
  };
  const baseline = coldImport("world-countries");
  for (const sub of [
    "",
    "/countries",
    "/minerals",
    "/lists",
    "/figures",
    "/partnerships",
    "/corridors",
    "/sources",
    "/schemas",
    "/validate",
    "/usgs",
  ]) {
    record(
      `cold import c5-minerals${sub}`,
      `import("c5-minerals${sub}")`,
      coldImport(`c5-minerals${sub}`),
      'import("world-countries")',
      baseline,
    );
  }
  rmSync(project, { recursive: true, force: true });
}

// 2. lookup by code vs a linear find over the same array
{
  const codes = countries.map((c) => c.alpha2 as string);
  getCountry("KZ");
  record(
    "country lookup by code",
    "getCountry(code) for every code",
    time(
      () => {
        for (const c of codes) getCountry(c);
      },
      400,
      100,
    ),
    "countries.find for every code",
    time(
      () => {
        for (const c of codes) countries.find((x) => x.alpha2 === c);
      },
      400,
      100,
    ),
  );
}

// 3. routing vs a naive search of every simple path
{
  const ids = corridorNodes.map((n) => n.id as string);
  const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
  // the baseline a reader would write first: enumerate every simple path (with its nodes and legs), sort, keep 3
  const naive = (from: string, to: string) => {
    const found: { nodes: string[]; legs: string[]; km: number }[] = [];
    const walk = (at: string, nodes: string[], legs: string[], km: number) => {
      if (at === to) {
        found.push({ nodes, legs, km });
        return;
      }
      for (const leg of corridorLegs) {
        if (leg.status !== "operating") continue;
        const next = leg.from === at ? leg.to : leg.to === at ? leg.from : undefined;
        if (next === undefined || nodes.includes(next)) continue;
        const a = nodeById.get(leg.from);
        const b = nodeById.get(leg.to);
        const len =
          (leg.lengthKm as readonly { value: number }[])[0]?.value ?? (a && b ? greatCircleKm(a.coordinates, b.coordinates) : 0);
        walk(next, [...nodes, next], [...legs, leg.id], km + len);
      }
    };
    walk(from, [from], [], 0);
    return found.sort((x, y) => x.km - y.km).slice(0, 3);
  };
  const pairs = ids.flatMap((a) => ids.map((b) => [a, b] as const)).filter(([a, b]) => a !== b);
  record(
    "routing, all node pairs, 3 routes",
    "findRoutes (Yen's k shortest paths)",
    time(() => {
      for (const [a, b] of pairs) findRoutes(a, b, { maxRoutes: 3 });
    }, 1500),
    "depth-first search of every simple path",
    time(() => {
      for (const [a, b] of pairs) naive(a, b);
    }, 1500),
  );
}

// 4. validating 100,000 figures vs a bare zod schema without the package's refinements
{
  const input = Array.from({ length: 100_000 }, (_, i) => figures[i % figures.length]);
  const bare = z.array(z.strictObject(Figure.shape));
  record(
    "validate 100,000 figures",
    'validateCollection("figure", …)',
    time(() => validateCollection("figure", input), 3000),
    "bare zod object without refinements",
    time(() => bare.safeParse(input), 3000),
  );
}

// 5. streaming validation of a ~1 GB NDJSON file: throughput and the peak memory of the validating process
const stream = benchStream(repo);
console.log(
  `validate a ${(stream.bytes / 2 ** 30).toFixed(2)} GiB NDJSON stream: ${stream.mbPerSecond.toFixed(1)} MiB/s, ${Math.round(stream.recordsPerSecond)} records/s, peak memory ${stream.peakRssMb.toFixed(0)} MB (limit ${stream.limitMb} MB)`,
);

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: process.platform,
};
mkdirSync(join(repo, "bench/results"), { recursive: true });
writeFileSync(
  join(repo, "bench/results/latest.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, results, stream }, null, 2)}\n`,
);
writeBenchmarksPage(repo, join(repo, "docs/benchmarks.md"), { machine, results, stream });
console.log("wrote bench/results/latest.json and docs/benchmarks.md");
if (stream.peakRssMb >= stream.limitMb) {
  console.error(`streaming validation peaked at ${stream.peakRssMb.toFixed(0)} MB, over the limit of ${stream.limitMb} MB`);
  process.exitCode = 1;
}
