// Writes docs/benchmarks.md from the results of `npm run bench`, formatted as the linter wants it, so
// that the repository stays lint-clean after a run (test/bench/page.test.ts checks it).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StreamBench } from "./stream.js";

export interface BenchResult {
  name: string;
  subject: string;
  baseline: string;
  subjectNs: number;
  baselineNs: number;
  ratio: number;
}
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

const fmt = (ns: number) =>
  ns > 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns > 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

export function writeBenchmarksPage(
  repo: string,
  file: string,
  {
    machine,
    results,
    stream,
    coldStart,
    firstAnswer = "",
  }: { machine: Machine; results: readonly BenchResult[]; stream: StreamBench; coldStart: string; firstAnswer?: string },
): void {
  const rows = results
    .map((r) => `| ${r.name} | ${fmt(r.subjectNs)} | ${r.baseline}: ${fmt(r.baselineNs)} | ${r.ratio.toFixed(2)} |`)
    .join("\n");
  writeFileSync(
    file,
    `---
title: Benchmarks
---

# Benchmarks

Written by \`npm run bench\` (bench/run.ts). Each line times the package and a baseline in the same run
on the same machine; the ratio is baseline time divided by package time, so above 1 means the package
is faster.

Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node.js ${machine.node} on ${machine.platform}. Run on ${new Date().toISOString().slice(0, 10)}.

${firstAnswer === "" ? "" : `<!-- first-answer -->\n\n${firstAnswer}\n<!-- /first-answer -->\n\n`}${coldStart}
## Timings

| benchmark | c5-minerals | baseline | ratio |
| --- | --- | --- | --- |
${rows}

Streaming validation: \`validateStream\` (and \`c5-minerals validate\` on NDJSON or CSV) read
${(stream.bytes / 2 ** 30).toFixed(2)} GiB of NDJSON figures (${stream.records} records) at ${stream.mbPerSecond.toFixed(1)} MiB/s
(${Math.round(stream.recordsPerSecond)} records/s), with a peak memory (max RSS of the validating process) of
${stream.peakRssMb.toFixed(0)} MB; the limit the benchmark enforces is ${stream.limitMb} MB, whatever the size of the file.

The dataset subpaths load no zod; \`./schemas\`, \`./validate\` and \`./usgs\` load it, and most of
their cold-import time is zod's.

Bundle sizes are not timed here: \`npm test\` bundles five consumer programs and checks their module
lists and gzip sizes against the budgets in \`test/size/budgets.json\`.
`,
  );
  // the page is formatted as the linter wants it, so that `npm test` accepts it as written
  const formatted = spawnSync(join(repo, "node_modules/.bin/biome"), ["format", "--write", file], {
    cwd: repo,
    encoding: "utf8",
  });
  if (formatted.status !== 0) throw new Error(`biome could not format ${file}: ${formatted.stderr}`);
}
