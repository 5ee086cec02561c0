// npm run bench: measures the package against a baseline in the same run and prints ratios
// (baseline time / package time: above 1 means the package is faster). Writes bench/results/latest.json
// and docs/benchmarks.md. Needs a build (npm run build) for the cold-import benchmark.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import * as z from "zod";
import { corridorLegs, corridorNodes } from "../src/datasets/corridors.js";
import { countries, getCountry } from "../src/datasets/countries.js";
import { figures } from "../src/datasets/figures.js";
import { findRoutes, greatCircleKm } from "../src/queries/routes.js";
import { Figure } from "../src/schemas/figure.js";
import { validateCollection } from "../src/validate/validate.js";
import { firstAnswerSection, firstAnswers } from "./first-answer.js";
import { importCase, packageSize, project, removeProject, timeProcesses } from "./import-cost.js";
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
let growthRows: string[] = [];
let sizeLine = "";
let firstAnswer = "";
function record(name: string, subject: string, subjectNs: number, baseline: string, baselineNs: number) {
  const r = { name, subject, baseline, subjectNs, baselineNs, ratio: baselineNs / subjectNs };
  results.push(r);
  console.log(
    `${name.padEnd(34)} ${fmt(subjectNs).padStart(10)} vs ${fmt(baselineNs).padStart(10)}  ratio ${r.ratio.toFixed(2)}x  (${baseline})`,
  );
}
const fmt = (ns: number) =>
  ns > 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns > 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

// 1. cold start: what an import adds to an empty Node start, against what world-countries adds, in
// interleaved rounds of whole processes; the CLI against a bare `node -e 0`; the same imports with every
// dataset doubled and quadrupled; the package's size.
interface Goal {
  name: string;
  measured: number;
  goal: number;
  detail: string;
}
const goals: Goal[] = [];
const SUBPATHS = ["countries", "minerals", "lists", "figures", "partnerships", "corridors", "facilities", "sources"];
{
  const rounds = Number(process.env.BENCH_ROUNDS ?? 25);
  const here = project(repo, 1, ["zod", "world-countries"]);
  const cases = [
    importCase("empty", here, undefined),
    importCase("world-countries", here, "world-countries"),
    importCase("c5-minerals", here, "c5-minerals"),
    ...SUBPATHS.map((s) => importCase(`c5-minerals/${s}`, here, `c5-minerals/${s}`)),
    ...["schemas", "validate", "usgs"].map((s) => importCase(`c5-minerals/${s}`, here, `c5-minerals/${s}`)),
  ];
  // the first answer (import plus one question) from the root and each subpath, against world-countries
  const answers = firstAnswers(repo, rounds);
  for (const a of answers) {
    console.log(`first answer ${a.label}: ${a.ratio.toFixed(2)} (${a.addsMs.toFixed(1)} ms vs ${a.baselineMs.toFixed(1)} ms)`);
    goals.push({
      name: `first answer from ${a.label === "root" ? "c5-minerals" : `c5-minerals/${a.label}`}, cost vs world-countries`,
      measured: a.ratio,
      goal: a.goal,
      detail: `${a.addsMs.toFixed(1)} ms vs ${a.baselineMs.toFixed(1)} ms`,
    });
  }
  firstAnswer = firstAnswerSection(answers, rounds);
  const t = timeProcesses(cases, rounds);
  const at = (label: string) => t.get(label) ?? { ms: Number.NaN, rssMiB: Number.NaN };
  const empty = at("empty").ms;
  const wc = at("world-countries");
  const adds = (label: string) => at(label).ms - empty;
  console.log(
    `cold start (${rounds} interleaved rounds): empty Node ${empty.toFixed(1)} ms; world-countries adds ${adds("world-countries").toFixed(1)} ms, peak ${wc.rssMiB.toFixed(1)} MiB`,
  );
  for (const c of cases.slice(2)) {
    const ratio = adds(c.label) / adds("world-countries");
    record(
      `cold import ${c.label}`,
      `import("${c.label}") adds`,
      adds(c.label) * 1e6,
      'import("world-countries") adds',
      adds("world-countries") * 1e6,
    );
    const goal = c.label === "c5-minerals" ? 0.6 : SUBPATHS.some((s) => c.label.endsWith(`/${s}`)) ? 0.5 : undefined;
    if (goal !== undefined)
      goals.push({
        name: `import ${c.label}, cost vs world-countries`,
        measured: ratio,
        goal,
        detail: `${adds(c.label).toFixed(1)} ms vs ${adds("world-countries").toFixed(1)} ms`,
      });
  }
  goals.push({
    name: "import c5-minerals, peak memory vs world-countries",
    measured: at("c5-minerals").rssMiB / wc.rssMiB,
    goal: 1,
    detail: `${at("c5-minerals").rssMiB.toFixed(1)} MiB vs ${wc.rssMiB.toFixed(1)} MiB`,
  });

  // The CLI, whole process against a bare Node start.
  const cli = join(repo, "dist/node/cli.js");
  const cliCases = [
    { label: "node -e 0", args: ["-e", "0"], cwd: here },
    { label: "c5-minerals --help", args: [cli, "--help"], cwd: here },
    { label: "c5-minerals query country KZ", args: [cli, "query", "country", "KZ"], cwd: here },
  ];
  const c = timeProcesses(cliCases, rounds);
  const bare = c.get("node -e 0")?.ms ?? Number.NaN;
  for (const [label, goal] of [
    ["c5-minerals --help", 1.3],
    ["c5-minerals query country KZ", 2],
  ] as const) {
    const ms = c.get(label)?.ms ?? Number.NaN;
    record(label, label, ms * 1e6, "node -e 0", bare * 1e6);
    goals.push({
      name: `${label}, wall time vs node -e 0`,
      measured: ms / bare,
      goal,
      detail: `${ms.toFixed(1)} ms vs ${bare.toFixed(1)} ms`,
    });
  }
  removeProject(here);

  // Growth: the same package with every dataset's records repeated 2 and 4 times (synthetic copies).
  const growth: string[] = [];
  const sizes = [1, 2, 4].map((times) => ({ times, dir: project(repo, times, []) }));
  const growthCases = sizes.flatMap(({ times, dir }) => [
    importCase(`empty ${times}x`, dir, undefined),
    importCase(`import ${times}x`, dir, "c5-minerals"),
    importCase(
      `import and use ${times}x`,
      dir,
      "c5-minerals",
      "m.figures.length; m.sources.length; m.countries.length; m.minerals.length;",
    ),
  ]);
  const g = timeProcesses(growthCases, Math.max(5, Math.floor(rounds / 2)));
  const cost = (what: string, times: number) =>
    (g.get(`${what} ${times}x`)?.ms ?? Number.NaN) - (g.get(`empty ${times}x`)?.ms ?? Number.NaN);
  for (const what of ["import", "import and use"]) {
    const base = cost(what, 1);
    const row = [1, 2, 4].map(
      (times) => `${times}x: ${cost(what, times).toFixed(1)} ms (${(cost(what, times) / base).toFixed(2)}×)`,
    );
    growth.push(
      `| ${what === "import" ? "import the root" : "import the root, then read figures, sources, countries and minerals"} | ${row.join(" | ")} |`,
    );
    console.log(`growth, ${what}: ${row.join(", ")}`);
  }
  goals.push({
    name: "import cost with 4x the records, vs 1x (less than linear: under 4)",
    measured: cost("import", 4) / cost("import", 1),
    goal: 4,
    detail: `${cost("import", 4).toFixed(1)} ms vs ${cost("import", 1).toFixed(1)} ms`,
  });
  for (const { dir } of sizes) removeProject(dir);
  growthRows = growth;

  const size = packageSize(repo);
  sizeLine = `Package: ${(size.packed / 1024).toFixed(0)} KiB packed, ${(size.unpacked / 1024).toFixed(0)} KiB unpacked, ${size.files} files (npm pack --dry-run).`;
  console.log(sizeLine);
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
  `${JSON.stringify({ date: new Date().toISOString(), machine, results, goals, stream }, null, 2)}\n`,
);
const goalRows = goals
  .map(
    (g) =>
      `| ${g.name} | ${g.measured.toFixed(2)} (${g.detail}) | at most ${g.goal} | ${g.measured <= g.goal ? "met" : "NOT met"} |`,
  )
  .join("\n");
for (const g of goals)
  console.log(`${g.measured <= g.goal ? "met    " : "NOT MET"} ${g.name}: ${g.measured.toFixed(2)} (goal ${g.goal})`);
const coldStart = `## Cold start

What an import adds to an empty Node start (whole processes, medians of interleaved rounds), divided by
what \`import "world-countries"\` adds in the same rounds; the CLI's whole run divided by a bare
\`node -e 0\`. Under Node the package reads a dataset's records the first time it is used, so an import
pays for code only.

| goal | measured | target | |
| --- | --- | --- | --- |
${goalRows}

${sizeLine}

Cost as the data grows (every dataset's records repeated 2 and 4 times, as synthetic copies):

| what | 1x | 2x | 4x |
| --- | --- | --- | --- |
${growthRows.join("\n")}
`;
writeBenchmarksPage(repo, join(repo, "docs/benchmarks.md"), { machine, results, stream, coldStart, firstAnswer });
console.log("wrote bench/results/latest.json and docs/benchmarks.md");
if (stream.peakRssMb >= stream.limitMb) {
  console.error(`streaming validation peaked at ${stream.peakRssMb.toFixed(0)} MB, over the limit of ${stream.limitMb} MB`);
  process.exitCode = 1;
}
