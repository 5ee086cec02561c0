// The BACI importer on a synthetic yearly file of about 300 MB: memory stays bounded (the heap never holds the
// file) and exactly the C5 rows under crosswalk codes are kept. The file is written to the system's temporary
// folder block by block and deleted afterwards. About 5 s on two shared cores (writing ~1.5 s, reading ~3.5 s).

import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { importBaci } from "../../src/baci/index.js";
import { countries } from "../../src/countries.js";
import type { TradeFlow } from "../../src/schemas/index.js";
import { hsCodes } from "../../src/trade.js";

const MB = 1024 * 1024;
// A full garbage collection on demand, to measure what the importer keeps alive rather than garbage not yet collected.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const TARGET = 300 * MB;
const YEARS = [2021, 2022, 2023];

// ISO numeric codes, read from the countries dataset (the importer reads them without a code table).
const numeric = (alpha2: string) => Number(countries.find((c) => c.alpha2 === alpha2)?.numeric);
const C5 = new Set(["KZ", "KG", "TJ", "TM", "UZ"].map(numeric));
const [KZ, UZ, CN, US] = ["KZ", "UZ", "CN", "US"].map(numeric) as [number, number, number, number];
const crosswalk = new Set<string>(hsCodes.map((c) => c.code));
const notInCrosswalk = ["010121", "847130", "870323"].filter((c) => !crosswalk.has(c));

/**
 * One block of lines for a year, and how many C5 rows under crosswalk codes it holds by side. Most rows trade
 * between two non-C5 countries (some under crosswalk codes, which must be skipped); some C5 rows carry codes
 * outside the crosswalk (skipped too); two rows in 499 are a C5 export or import under a crosswalk code.
 */
function block(year: number): { text: string; exports: number; imports: number } {
  const lines: string[] = [];
  let exports = 0;
  let imports = 0;
  const codes = [...crosswalk];
  for (let n = 0; n < 24_000; n++) {
    const code = codes[n % codes.length] as string;
    if (n % 499 === 0) {
      // A C5 state exports to a non-C5 partner, with BACI's padded NA for an unknown quantity.
      lines.push(`${year},${KZ},${CN},${code},${(n % 5000) + 0.125},         NA`);
      exports++;
    } else if (n % 499 === 250) {
      lines.push(`${year},${US},${UZ},${code},${n % 900},${(n % 70) + 0.5}`);
      imports++;
    } else if (n % 31 === 0) {
      lines.push(`${year},${KZ},${CN},${notInCrosswalk[n % notInCrosswalk.length]},12.5,3`);
    } else {
      // Non-C5 exporter and importer: numeric codes 1000+ are no country at all, and ISO codes of China and India.
      let i = 1000 + (n % 700);
      let j = n % 2 === 0 ? CN : 356;
      if (C5.has(i) || C5.has(j)) [i, j] = [1001, 1002];
      lines.push(n % 3 === 0 ? `${year},${i},${j},${code},${n % 10000}.5,${n % 100}` : `${year},${i},${j},${100000 + n},${n},NA`);
    }
  }
  return { text: `${lines.join("\n")}\n`, exports, imports };
}

const dir = mkdtempSync(join(tmpdir(), "c5-baci-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("importBaci on a file of about 300 MB", () => {
  const file = join(dir, "BACI_HS22_Y2022_V209901.csv");
  const blocks = YEARS.map((y) => ({ year: y, ...block(y), buffer: Buffer.alloc(0) }));
  for (const b of blocks) b.buffer = Buffer.from(b.text, "utf8");
  let written = { exports: 0, imports: 0, lines: 0 };

  it("writes the file block by block", () => {
    const fd = openSync(file, "w");
    try {
      writeSync(fd, "t,i,j,k,v,q\n");
      let bytes = 0;
      for (let n = 0; bytes < TARGET; n++) {
        const b = blocks[n % blocks.length] as (typeof blocks)[number];
        writeSync(fd, b.buffer);
        bytes += b.buffer.length;
        written = {
          exports: written.exports + b.exports,
          imports: written.imports + b.imports,
          lines: written.lines + 24_000,
        };
      }
    } finally {
      closeSync(fd);
    }
    expect(statSync(file).size).toBeGreaterThan(TARGET);
  });

  it("keeps exactly the C5 rows, with the heap far below the file's size", () => {
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakBuffers = before.arrayBuffers;
    const kept = new Map<string, number>();
    let count = 0;
    let retained = 0;
    const sample = () => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    };
    gc();
    const live = process.memoryUsage().heapUsed;
    const result = importBaci(file, {
      onFlow: (flow: TradeFlow) => {
        const key = `${flow.direction} ${flow.reporter}-${flow.partner} ${flow.quantity === undefined ? "NA" : "t"}`;
        kept.set(key, (kept.get(key) ?? 0) + 1);
        if (++count % 64 === 0) sample();
        if (count % 8192 === 0) {
          gc();
          retained = Math.max(retained, process.memoryUsage().heapUsed - live);
        }
      },
    });
    sample();
    expect(result.rows).toBe(written.lines);
    expect(Object.fromEntries(kept)).toEqual({ "export KZ-CN NA": written.exports, "import UZ-US t": written.imports });
    expect(result.matched).toBe(written.exports + written.imports);
    expect(result.flows).toEqual([]);
    expect(result.refusedCount).toBe(0);
    expect(result.years).toEqual(YEARS);
    // The file is ~300 MB; a reader that held it (as a string or a buffer) would pass either bound.
    expect(peakHeap - before.heapUsed).toBeLessThan(100 * MB);
    expect(peakBuffers - before.arrayBuffers).toBeLessThan(100 * MB);
    // After a full collection, what stays alive while reading is a few chunks and the lookup tables.
    expect(retained).toBeLessThan(16 * MB);
  });
});

describe("importBaci's quick skip of rows between other countries", () => {
  it("refuses or accepts them exactly as the full checks do", () => {
    const file = join(dir, "BACI_HS22_Y2022_V209902.csv");
    const rows = [
      "2022,699,757,261000,1e999,1", // a value that is no finite number
      "2022,699,757,261000,-5,1", // a negative value
      "2022,699,757,261000,NA,NA", // neither value nor quantity
      "2022,699,757,2610,1,1", // a four-digit product
      '"2022","699","757","261000","5","1"', // quoted cells: read
      " 2022 , 699 , 757 , 261000 , 5.5 ,         NA", // padded cells: read
      "2022,699,757,261000,5,1,9", // seven cells
      "2022,699,757,261000,1e2,1e-3", // exponents: read
    ];
    writeFileSync(file, `t,i,j,k,v,q\n${rows.join("\n")}\n`);
    const result = importBaci(file);
    expect(result.rows).toBe(rows.length);
    expect(result.refused.map((r) => r.line)).toEqual([2, 3, 4, 5, 8]);
    expect(result.flows).toEqual([]);
  });
});
