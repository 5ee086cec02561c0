// The streaming-validation benchmark of `npm run bench`: writes an NDJSON file of figures of about
// 1 GB (BENCH_STREAM_MB to change it) into a temporary directory, validates it in a child process with
// the built package's validateStream, and reports the throughput and the child's peak memory (max RSS).
// The file is deleted afterwards. Peak memory must stay under 300 MB, whatever the file's size.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { figures } from "../src/datasets/figures.js";

export interface StreamBench {
  bytes: number;
  records: number;
  seconds: number;
  mbPerSecond: number;
  recordsPerSecond: number;
  peakRssMb: number;
  limitMb: number;
}

export const PEAK_LIMIT_MB = 300;

export function benchStream(repo: string, megabytes = Number(process.env.BENCH_STREAM_MB ?? 1024)): StreamBench {
  const dir = mkdtempSync(join(tmpdir(), "c5-bench-stream-"));
  try {
    const file = join(dir, "figures.ndjson");
    const fd = openSync(file, "w");
    const target = megabytes * 1024 * 1024;
    // one block of lines, written again and again: ~4 MB a write keeps the generation fast
    const lines = figures.map((f) => JSON.stringify(f)).join("\n");
    let block = "";
    while (block.length < 4 * 1024 * 1024) block += `${lines}\n`;
    const perBlock = block.split("\n").length - 1;
    const bytes = Buffer.from(block);
    let written = 0;
    let records = 0;
    while (written < target) {
      writeSync(fd, bytes);
      written += bytes.length;
      records += perBlock;
    }
    closeSync(fd);
    const child = spawnSync(
      "node",
      [
        "--input-type=module",
        "-e",
        `import { createReadStream } from "node:fs";
         import { validateStream } from ${JSON.stringify(resolve(repo, "dist/validate.js"))};
         const t = performance.now();
         const result = await validateStream("figure", createReadStream(${JSON.stringify(file)}, { highWaterMark: 1 << 20 }), { format: "ndjson" });
         const seconds = (performance.now() - t) / 1000;
         console.log(JSON.stringify({ ok: result.ok, records: result.records, issues: result.issues.slice(0, 3), seconds, maxRssKb: process.resourceUsage().maxRSS }));`,
      ],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`the validating child failed: ${child.stderr}`);
    const out = JSON.parse(child.stdout) as { ok: boolean; records: number; seconds: number; maxRssKb: number };
    if (!out.ok || out.records !== records) throw new Error(`expected ${records} valid records, got ${child.stdout}`);
    const size = statSync(file).size;
    const peakRssMb = out.maxRssKb / 1024;
    return {
      bytes: size,
      records: out.records,
      seconds: out.seconds,
      mbPerSecond: size / 2 ** 20 / out.seconds,
      recordsPerSecond: out.records / out.seconds,
      peakRssMb,
      limitMb: PEAK_LIMIT_MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
