import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstAnswerSection, QUESTIONS } from "../../bench/first-answer.js";
import { writeBenchmarksPage } from "../../bench/page.js";

// `npm run bench` rewrites docs/benchmarks.md; the page it writes must pass the linter as written.
const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(repo, "docs", ".bench-page-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the benchmarks page", () => {
  it("is written in the form the linter accepts", () => {
    const file = join(dir, "benchmarks.md");
    writeBenchmarksPage(repo, file, {
      machine: { cpu: "Some CPU", cores: 2, memoryGiB: 8, node: "v20.20.2", platform: "linux" },
      coldStart:
        "## Cold start\n\n| goal | measured | target | |\n| --- | --- | --- | --- |\n| import c5-minerals | 0.41 (9.0 ms vs 22.0 ms) | at most 0.6 | met |\n",
      results: [
        {
          name: "cold import c5-minerals",
          subject: "x",
          baseline: 'import("world-countries")',
          subjectNs: 3e7,
          baselineNs: 4e7,
          ratio: 4 / 3,
        },
        {
          name: "country lookup by code",
          subject: "y",
          baseline: "countries.find",
          subjectNs: 1500,
          baselineNs: 90_000,
          ratio: 60,
        },
      ],
      stream: {
        bytes: 2 ** 30,
        records: 3_000_000,
        seconds: 80,
        mbPerSecond: 12.8,
        recordsPerSecond: 37_500,
        peakRssMb: 140,
        limitMb: 300,
      },
      firstAnswer: firstAnswerSection(
        QUESTIONS.map((q, i) => ({
          label: q.label,
          question: q.ask,
          addsMs: 10 + i,
          baselineMs: 40,
          ratio: (10 + i) / 40,
          goal: q.goal,
        })),
        25,
      ),
    });
    const page = readFileSync(file, "utf8");
    // every question appears once, with its ratio, between the markers bench/first-answer.ts replaces
    for (const q of QUESTIONS) expect(page).toMatch(new RegExp(`\\| c5-minerals${q.label === "root" ? "" : `/${q.label}`} +\\|`));
    expect(page.indexOf("<!-- first-answer -->")).toBeLessThan(page.indexOf("<!-- /first-answer -->"));
    expect(readFileSync(file, "utf8")).toMatch(/peak memory \(max RSS of the validating process\) of\s+140 MB/);
    const lint = spawnSync(join(repo, "node_modules/.bin/biome"), ["check", file], { cwd: repo, encoding: "utf8" });
    expect(lint.stderr + lint.stdout).not.toMatch(/Formatter would have printed|×/);
    expect(lint.status).toBe(0);
  });
});
