import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corridorNodes, corridors, countries, criticalMineralLists, figures, partnerships, sources } from "../../src/index.js";

const datasets = { corridorNodes, corridors, countries, criticalMineralLists, figures, partnerships, sources };

import { CsvError, formatCsv, parseCsv, readCsvRecords } from "../../src/core/csv.js";
import { flatColumns, flattenRecord, unflattenRecord } from "../../src/validate/flat.js";

describe("CSV", () => {
  it("reads quotes, doubled quotes, CRLF, embedded line breaks and a byte-order mark", () => {
    expect(parseCsv('\ufeffa,"b ""q""",c\r\n1,"x\ny",\r\n')).toEqual([
      ["a", 'b "q"', "c"],
      ["1", "x\ny", ""],
    ]);
  });
  it("names the line of an unclosed quote or a stray quote", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(new CsvError("a quoted field is never closed", 2));
    expect(() => parseCsv('a,b\n1,x"y')).toThrow(/line 2: a quote inside an unquoted field/);
    expect(() => readCsvRecords("a,a\n1,2")).toThrow(/names 'a' twice/);
    expect(() => readCsvRecords("a,b\n1,2,3")).toThrow(/line 2: 3 cells but the header has 2/);
  });
  it("round-trips any table of strings (property-based)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é", "|", "0") });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
        (rows) => {
          const text = formatCsv(rows);
          const back = parseCsv(text);
          // a row of one empty cell and a blank line are the same text; compare what CSV can carry
          expect(back).toEqual(rows.map((r) => (r.length === 1 && r[0] === "" ? [""] : r)));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it("keeps __proto__ as an ordinary column", () => {
    const [record] = readCsvRecords("__proto__,a\n1,2\n");
    expect(Object.keys(record ?? {})).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>)["1"]).toBeUndefined();
  });
});

describe("flat records", () => {
  it.each(["figures", "countries", "partnerships", "corridors", "corridorNodes", "criticalMineralLists", "sources"] as const)(
    "turn every record of %s into a CSV row and back unchanged",
    (name) => {
      const entity = {
        figures: "figure",
        countries: "country",
        partnerships: "partnership",
        corridors: "corridor",
        corridorNodes: "corridor-node",
        criticalMineralLists: "critical-mineral-list",
        sources: "source",
      } as const;
      const records = datasets[name] as readonly object[];
      const flat = records.map(flattenRecord);
      const columns = flatColumns(flat);
      const back = readCsvRecords(formatCsv([columns, ...flat.map((r) => columns.map((c) => r[c] ?? ""))])).map((row) =>
        unflattenRecord(entity[name], row),
      );
      expect(back).toEqual(JSON.parse(JSON.stringify(records)));
    },
  );
});
