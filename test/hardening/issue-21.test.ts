import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateStream } from "../../src/validate/stream.js";
import { source } from "../schemas/samples.js";

// Regression tests for issue 21, items 4 and 5 (validation that hides nothing, output hygiene): one per
// finding, and a property where one can say it for every input.

/** The input cut at the given points into pieces, as text or as bytes. */
function cut(input: string, cuts: readonly number[], bytes: boolean): (string | Uint8Array)[] {
  const data = bytes ? new TextEncoder().encode(input) : input;
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((p, i) => data.slice(p, [...points, data.length][i]));
}

describe("streaming validation reads text as it reads bytes", () => {
  const good = JSON.stringify(source);
  const csv = `id,title,publisher,url,published,kind\n${source.id},T,P,https://example.org,2024,report\n`;
  it.each([
    ["ndjson", `\ufeff${good}\n${good}\n`],
    ["csv", `\ufeff${csv}`],
  ] as const)("a %s text that starts with a byte-order mark", async (format, text) => {
    const asBytes = await validateStream("source", [new TextEncoder().encode(text)], { format });
    const asText = await validateStream("source", [text], { format });
    const inPieces = await validateStream("source", ["", text.slice(0, 1), text.slice(1)], { format });
    expect(asBytes).toMatchObject({ ok: true, invalid: 0 });
    expect(asText).toEqual(asBytes);
    expect(inPieces).toEqual(asBytes);
  });
});

describe("the record-length limit applies on every path", () => {
  const good = JSON.stringify(source);
  const long = JSON.stringify({ ...source, title: "x".repeat(400) });
  const ndjson = `${good}\n${long}\n${good}\n`;
  const header = "id,title,publisher,url,published,kind";
  const row = (title: string) => `${source.id},"${title}",P,https://example.org,2024,report`;
  const csv = `${header}\n${row("T")}\n${row(`${"y".repeat(200)}\n${"z".repeat(200)}`)}\n${row("T")}\n`;
  const max = 300;

  it.each([
    ["ndjson", ndjson, 2],
    ["csv", csv, 3],
  ] as const)(
    "%s: a record over the limit is an issue of its own, and the records after it are read",
    async (format, text, line) => {
      const result = await validateStream("source", [text], { format, maxRecordLength: max });
      expect(result).toMatchObject({ ok: false, records: 3, invalid: 1 });
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ line, record: 1 });
      expect(result.issues[0]?.message).toMatch(/longer than 300 characters/);
      // the same input under the default limit is valid: the limit, and nothing else, refused it
      expect(await validateStream("source", [text], { format })).toMatchObject({ ok: true, records: 3 });
    },
  );

  it("gives the same answer whatever pieces the input comes in, text or bytes (property-based)", async () => {
    const whole = await validateStream("source", [ndjson], { format: "ndjson", maxRecordLength: max });
    const wholeCsv = await validateStream("source", [csv], { format: "csv", maxRecordLength: max });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), async (cuts, bytes) => {
        expect(await validateStream("source", cut(ndjson, cuts, bytes), { format: "ndjson", maxRecordLength: max })).toEqual(
          whole,
        );
        expect(await validateStream("source", cut(csv, cuts, bytes), { format: "csv", maxRecordLength: max })).toEqual(wholeCsv);
      }),
      { numRuns: 150 },
    );
  });

  it("a CSV cell of only quotes or line ends cannot grow past the limit", async () => {
    const quotes = `${header}\n${source.id},"${'""'.repeat(1000)}",P,u,2024,report\n${row("T")}\n`;
    const result = await validateStream("source", [quotes], { format: "csv", maxRecordLength: max });
    expect(result).toMatchObject({ records: 2, invalid: 1 });
    expect(result.issues[0]?.message).toMatch(/longer than/);
  });

  it("a CSV header over the limit ends the reading with an issue", async () => {
    const result = await validateStream("source", [`${header},${"h".repeat(400)}\n${row("T")}\n`], {
      format: "csv",
      maxRecordLength: max,
    });
    expect(result).toMatchObject({ ok: false, records: 0 });
    expect(result.issues[0]?.message).toMatch(/header is longer than/);
  });
});
