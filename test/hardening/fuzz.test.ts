import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { CsvError, parseCsv, readCsvRecords } from "../../src/core/csv.js";
import * as root from "../../src/index.js";
import { importUsgsCsv } from "../../src/usgs/import.js";
import { ENTITY_NAMES } from "../../src/validate/entities.js";
import { unflattenRecord } from "../../src/validate/flat.js";
import { formatIssues, validateCollection, validateRecord } from "../../src/validate/validate.js";

// Random and adversarial input for every way data enters the package. Each must end in a result or the
// documented error: no other exception, no hang, no polluted prototype, no change to the package's data.
// `npm test` runs a tenth of the cases (about 10,000, which keeps the suite within its time budget); a
// deep run takes all of them (over 100,000): `FUZZ_SCALE=1 npx vitest run test/hardening/fuzz.test.ts`.
// A failing case prints its seed, which replays it at any scale.
const scale = Number(process.env.FUZZ_SCALE ?? "0.1");
const runs = (n: number): number => Math.max(100, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 0.1)));
const snapshot = () => JSON.stringify(Object.entries(root).filter(([, v]) => Array.isArray(v)));
const before = snapshot();
let cases = 0;

const nastyKeys = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  "id",
  "country",
  "value",
);
const nasty = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.anything({ withObjectString: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
    fc.dictionary(nastyKeys, tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, "x".repeat(100_000), "\u0000", "\ud800"),
  ),
})).value;

function clean(): void {
  for (const key of ["polluted", "x", "id", "value", "country"]) expect(Object.hasOwn(Object.prototype, key), key).toBe(false);
}

describe("fuzzing", () => {
  it("validateRecord returns a result for anything, for every entity", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTITY_NAMES), nasty, (entity, value) => {
        cases++;
        const result = validateRecord(entity, value);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(typeof formatIssues(result.issues)).toBe("string");
        }
      }),
      { numRuns: runs(30_000) },
    );
    clean();
  });

  it("validateCollection returns a result for anything, integrity included", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENTITY_NAMES),
        fc.oneof(fc.array(nasty, { maxLength: 6 }), nasty),
        fc.boolean(),
        (entity, values, integrity) => {
          cases++;
          const result = validateCollection(entity, values, { integrity: integrity ? root : false });
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: runs(10_000) },
    );
    clean();
  });

  it("the CSV reader returns rows or throws CsvError, nothing else", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "\ufeff", "\u0000", "é", "\ud83d"),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, (t) => {
        cases += 2;
        for (const read of [parseCsv, readCsvRecords] as ((t: string) => unknown)[]) {
          try {
            read(t);
          } catch (error) {
            expect(error).toBeInstanceOf(CsvError);
          }
        }
      }),
      { numRuns: runs(10_000) },
    );
  });

  it("flat rows with hostile column names never reach a prototype", () => {
    const column = fc.oneof(
      fc.constantFrom("__proto__.polluted", "constructor.prototype.polluted", "coordinates.__proto__.x", "a..b", ".", "id"),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ENTITY_NAMES),
        fc.dictionary(column, fc.string({ maxLength: 12 }), { maxKeys: 6 }),
        (entity, row) => {
          cases++;
          const record = unflattenRecord(entity, row);
          validateRecord(entity, record);
        },
      ),
      { numRuns: runs(10_000) },
    );
    clean();
  });

  it("the USGS importer returns figures and problems for any body, bytes or layout", () => {
    const headers = [
      "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
      "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES",
      "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,Is critical mineral 2025,Other notes",
    ];
    const cell = fc.oneof(
      fc.constantFrom(
        "W",
        "NA",
        "XX",
        "—",
        "e12",
        ">95",
        "Large",
        "1,000",
        "0",
        "Kazakhstan",
        "World total (rounded)8",
        "Mine production, contained x",
        "thousand metric tons",
        "2024",
        "",
      ),
      fc.string({ maxLength: 8 }),
    );
    const row = fc
      .array(cell, { maxLength: 14 })
      .map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.array(row, { maxLength: 6 }), (header, rows) => {
        cases++;
        const result = importUsgsCsv([header, ...rows].join("\n"), { mineral: "zinc", vintage: "usgs-mcs-2024" });
        for (const f of result.figures)
          expect(f.value === null).toBe(
            f.status === "withheld" ||
              f.status === "not-available" ||
              f.status === "not-applicable" ||
              f.status === "less-than-half-unit",
          );
      }),
      { numRuns: runs(15_000) },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        cases++;
        try {
          importUsgsCsv(bytes, { mineral: "zinc" });
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(/Not a USGS MCS data-release layout/);
        }
      }),
      { numRuns: runs(10_000) },
    );
    clean();
  });

  it("the CLI answers any arguments with an exit code and one message, never a stack trace", () => {
    const word = fc.oneof(
      fc.constantFrom(
        "validate",
        "query",
        "export",
        "import-usgs",
        "overview",
        "country",
        "mineral",
        "route",
        "members",
        "lists",
        "list",
        "timeline",
      ),
      fc.constantFrom(
        "--as",
        "figure",
        "--json",
        "--help",
        "--format",
        "csv",
        "--dataset",
        "--integrity",
        "--avoid",
        "RU",
        "--date",
        "2024-13-40",
        "--max",
        "-1",
        "--mineral",
        "zinc",
        "--unit",
        "mt=Mt",
        "--basis",
      ),
      fc.constantFrom("KZ", "TR", "chromium", "nope", "/dev/null", "/etc/hostname", "__proto__", "--", "-h", ""),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (args) => {
        cases++;
        const outcome = runCli(args);
        expect([0, 1, 2]).toContain(outcome.code);
        expect(outcome.stderr ?? "").not.toMatch(/\n\s+at\s/);
        expect(outcome.stderr ?? "").not.toMatch(/internal error/);
      }),
      { numRuns: runs(10_000) },
    );
    clean();
  });

  it("deep nesting, huge arrays and huge strings end in a short answer", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const wide = Array.from({ length: 200_000 }, () => ({ id: "a" }));
    for (const value of [deep, wide, "y".repeat(20_000_000)]) {
      cases++;
      const result = validateCollection("source", value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(formatIssues(result.issues).length).toBeLessThan(20_000);
    }
  });
});

afterAll(() => {
  expect(snapshot()).toBe(before);
  expect(cases).toBeGreaterThanOrEqual(runs(100_000));
  console.log(`fuzzing: ${cases} generated cases`);
});
