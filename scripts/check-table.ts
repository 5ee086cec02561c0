// Checks one transcribed table file: schema, every cell readable, and the sums per column
// (listed rows plus "other countries" against the world total). Usage: tsx scripts/check-table.ts FILE...
import { readFileSync } from "node:fs";
import * as z from "zod";
import { columnSums } from "../src/usgs/sums.js";
import { figuresFromTable, TranscribedTable } from "../src/usgs/transcribed.js";

let failed = false;
for (const file of process.argv.slice(2)) {
  const parsed = TranscribedTable.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    console.log(`${file}: schema problems\n${z.prettifyError(parsed.error)}`);
    failed = true;
    continue;
  }
  const { figures, problems } = figuresFromTable(parsed.data);
  for (const p of problems) console.log(`${file}: ${p.path}: ${p.message}`);
  if (problems.length > 0) failed = true;
  for (const s of columnSums(parsed.data.table, figures)) {
    const verdict = s.skipped ?? (s.withinTolerance ? "ok" : "OUT OF TOLERANCE");
    if (s.skipped === undefined && !s.withinTolerance) failed = true;
    console.log(`${file}: ${s.measure} ${s.year}: rows ${s.rowSum} vs world ${s.world ?? "-"} (${verdict})`);
  }
}
process.exit(failed ? 1 : 0);
