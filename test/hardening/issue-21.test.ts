import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { excerpt } from "../../src/core/excerpt.js";
import * as root from "../../src/index.js";
import { importUsgsCsv } from "../../src/usgs/import.js";
import { checkIntegrity } from "../../src/validate/integrity.js";
import { validateStream } from "../../src/validate/stream.js";
import { validateCollection, validateRecord } from "../../src/validate/validate.js";
import { tempFiles } from "../cli/helpers.js";
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

describe("validateCollection with integrity checks every entity", () => {
  const base = root.facilities[0] as unknown as Record<string, unknown>;
  const company = root.companies.find((c) => c.id === "kazatomprom") as unknown as Record<string, unknown>;
  const project = root.projects[0] as unknown as Record<string, unknown>;
  const against = {
    sources: root.sources,
    countries: root.countries,
    minerals: root.minerals,
    nodes: root.corridorNodes,
    companies: root.companies,
    facilities: root.facilities,
    partnerships: root.partnerships,
    events: root.events,
  };
  const paths = (result: ReturnType<typeof validateCollection>) => (result.ok ? [] : result.issues.map((i) => i.path));

  it("facilities: duplicate ids and dangling references", () => {
    const result = validateCollection("facility", [base, { ...base }, { ...base, id: "other", operator: "no-such-company" }], {
      integrity: against,
    });
    expect(paths(result)).toEqual(["facilities[1]", "facilities[2].operator"]);
    if (!result.ok) expect(result.issues.every((i) => i.rule === "integrity")).toBe(true);
  });

  it("facilities: owners' shares over 100 % as of one date", () => {
    const owners = [
      { company: "kazatomprom", share: 60, asOf: "2024", source: (base.sources as string[])[0] },
      { company: "cameco", share: 50, asOf: "2024", source: (base.sources as string[])[0] },
    ];
    expect(paths(validateCollection("facility", [{ ...base, owners }], { integrity: against }))).toEqual([
      "facilities[0].owners",
    ]);
  });

  it("companies: duplicate ids, dangling parents and state shares over 100 %", () => {
    const stateOwnership = [
      { state: "KZ", share: 70, asOf: "2024-01-01", source: (company.sources as string[])[0] },
      { state: "KZ", share: 40, asOf: "2024-01-01", source: (company.sources as string[])[0] },
    ];
    const result = validateCollection(
      "company",
      [company, { ...company }, { ...company, id: "x-co", parent: "ghost" }, { ...company, id: "y-co", stateOwnership }],
      { integrity: against },
    );
    expect(paths(result)).toEqual(["companies[1]", "companies[2].parent", "companies[3]"]);
  });

  it("projects: dangling facilities and partners' shares over 100 %", () => {
    const partners = [
      { company: "kazatomprom", share: 70, source: (project.sources as string[])[0] },
      { company: "cameco", share: 40, source: (project.sources as string[])[0] },
    ];
    const result = validateCollection(
      "project",
      [
        { ...project, facilities: ["atlantis-mine"] },
        { ...project, id: "p2", partners },
      ],
      {
        integrity: against,
      },
    );
    expect(paths(result)).toEqual(["projects[0].facilities[0]", "projects[1].partners"]);
  });

  it("import-dependence records and omitted lists get their rules too", () => {
    const record = root.importDependence[0] as unknown as Record<string, unknown>;
    const deps = validateCollection(
      "import-dependence",
      [record, { ...record }, { ...record, id: "x-dep", mineral: "unobtainium" }],
      {
        integrity: against,
      },
    );
    expect(paths(deps)).toEqual(["importDependence[1].id", "importDependence[2].mineral"]);
    const omitted = root.omittedLists[0] as unknown as Record<string, unknown>;
    expect(paths(validateCollection("omitted-list", [omitted, { ...omitted }], { integrity: against }))).toEqual([
      "omittedLists[1]",
    ]);
  });

  it("coverage gaps get their rules too", () => {
    const gaps = validateCollection("coverage-gap", [{ country: "KZ", mineral: "unobtainium", reason: "none found" }], {
      integrity: against,
    });
    expect(paths(gaps)).toEqual(["coverageGaps[0].mineral"]);
  });

  it("runs the reference and duplicate checks on the records that pass when others fail the schema", () => {
    const broken = { ...base, id: "Not An Id" };
    const result = validateCollection(
      "facility",
      [broken, base, { ...base }, { ...base, id: "dangling", operator: "ghost" }, { ...base, id: "Not An Id" }],
      { integrity: against },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const integrity = result.issues.filter((i) => i.rule === "integrity").map((i) => [i.path, i.record]);
    expect(integrity).toEqual(
      expect.arrayContaining([
        ["facilities[2]", 2],
        ["facilities[3].operator", 3],
        // a duplicate where both records fail the schema is still found
        ["facilities[4]", 4],
      ]),
    );
    expect(result.issues.find((i) => i.path === "facilities[2]")?.message).toMatch(/first at facilities\[1\]/);
    expect(result.integrity?.leftOut).toEqual([0, 4]);
    expect(result.integrity?.checked).toBe(3);
    expect(result.integrity?.skipped.map((s) => s.check)).toContain("references from records that fail the schema");
  });

  it("says which reference checks it skipped for want of the collections, and why", () => {
    const result = validateCollection("facility", [base], { integrity: true });
    expect(result.ok).toBe(true);
    const skipped = result.integrity?.skipped.map((s) => s.check) ?? [];
    expect(skipped).toEqual(expect.arrayContaining(["references to sources", "references to companies", "references to nodes"]));
    expect(result.integrity?.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(validateCollection("facility", [base], { integrity: against }).integrity?.skipped).toEqual([]);
  });

  it("the package's own facilities, companies and projects pass", () => {
    for (const [entity, data] of [
      ["facility", root.facilities],
      ["company", root.companies],
      ["project", root.projects],
      ["coverage-gap", root.coverageGaps],
    ] as const) {
      const result = validateCollection(entity, data, { integrity: against });
      expect(result.ok ? [] : result.issues, entity).toEqual([]);
    }
  });
});

describe("every message that echoes input shows a bounded, escaped excerpt", () => {
  const long = `${"\u001b[2J\u202e"}${"x".repeat(100_000)}`;
  const bounded = (text: string | undefined) => {
    expect((text ?? "").length).toBeLessThan(2_000);
    expect(text ?? "").not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  };

  it("excerpt escapes control characters, keeps whole characters and says how long the value was", () => {
    expect(excerpt("a\u0007b\nc\u202ed")).toBe("a\\u0007b\\nc\\u202ed");
    expect(excerpt("x".repeat(1000), 10)).toBe("xxxxxxxxxx… (1000 characters)");
    expect(excerpt("😀😀😀", 4)).toBe("😀😀… (6 characters)");
    expect(excerpt("\ud800")).toBe("\\ud800");
    expect(excerpt(42)).toBe("42");
    for (const value of [long, "\u0000".repeat(10_000), "é".repeat(500)]) expect(excerpt(value).length).toBeLessThanOrEqual(240);
  });

  it("the CLI: a file name, an entity, a format", () => {
    for (const args of [
      ["validate", `${long}.json`, "--as", "source"],
      ["validate", "x.json", "--as", long],
      ["validate", "x.txt", "--as", "source", "--format", long],
      ["validate", long, "--as", "source"],
      ["import-usgs", `${long}.csv`, "--mineral", "antimony"],
    ]) {
      const outcome = runCli(args);
      expect(outcome.code).not.toBe(0);
      bounded(outcome.stderr);
      bounded(outcome.stdout);
    }
  });

  it("validation: unknown keys, unknown references and duplicate ids", () => {
    const record = { ...source, [long]: 1 };
    const result = validateCollection("source", [record, { ...source, id: "b" }], { integrity: true });
    expect(result.ok).toBe(false);
    if (!result.ok) for (const issue of result.issues) bounded(`${issue.path} ${issue.message} ${issue.received ?? ""}`);
    const refs = checkIntegrity({
      sources: [],
      minerals: [{ id: "zinc", name: "Zinc", aliases: [], kind: "element", symbols: ["Zn"], tariffCodes: [], sources: [long] }],
    });
    expect(refs).toHaveLength(1);
    bounded(refs[0]?.message);
    expect(() => validateCollection(long as "source", [])).toThrow(RangeError);
    try {
      validateRecord(long as "source", {});
    } catch (error) {
      bounded((error as Error).message);
    }
  });

  it("the USGS importer: a cell, a country name, a unit", () => {
    const csv = `Source,Country,Type,Prod_t_2022,Reserves_t\nMCS2024,Tajikistan,"Mine production, contained antimony",${JSON.stringify(long)},1\nMCS2024,${JSON.stringify(long)},"Mine production",1,1\n`;
    const { problems } = importUsgsCsv(csv, { mineral: "antimony" });
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) bounded(p.reason);
  });
});

describe("every command that reads a file reads standard input", () => {
  const { dir } = tempFiles("c5-issue21-");
  const bin = resolve(import.meta.dirname, "../../src/cli/bin.ts");
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", bin, ...args], {
      input,
      encoding: "utf8",
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
  /** A bash command line with $DATA set to `data`, run from the repository (a shell pipe is a FIFO). */
  const shell = (command: string, data: string) =>
    spawnSync("bash", ["-c", command], {
      encoding: "utf8",
      env: { ...process.env, DATA: data, TMPDIR_: dir },
      cwd: resolve(import.meta.dirname, "../.."),
    });
  const ndjson = `${JSON.stringify(source)}\n${JSON.stringify({ ...source, id: "b" })}\n`;
  const csv =
    'Source,Country,Type,Prod_t_2022,Reserves_t\nMCS2024,Tajikistan,"Mine production, contained antimony",21000,50000\n';

  it("validate - reads standard input, and so does validate with a pipe and no file", () => {
    const dash = run(["validate", "-", "--as", "source", "--format", "ndjson"], ndjson);
    expect(dash.stderr).toBe("");
    expect(dash.stdout).toBe("standard input: 2 valid source records\n");
    expect(dash.status).toBe(0);
    const piped = shell(
      `printf '%s' "$DATA" | node --import tsx '${bin}' validate --as source --format ndjson --integrity`,
      ndjson,
    );
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe("standard input: 2 valid source records\n");
    const redirected = shell(
      `printf '%s' "$DATA" > "$TMPDIR_/in.ndjson"; node --import tsx '${bin}' validate --as source --format ndjson < "$TMPDIR_/in.ndjson"`,
      ndjson,
    );
    expect(redirected.stdout).toBe("standard input: 2 valid source records\n");
    const json = run(["validate", "-", "--as", "source", "--format", "json"], `[${JSON.stringify(source)}]`);
    expect(json.status).toBe(0);
  });

  it("standard input without --format, empty or over --max-bytes is refused with the reason", () => {
    const noFormat = run(["validate", "-", "--as", "source"], ndjson);
    expect(noFormat.status).toBe(2);
    expect(noFormat.stderr).toMatch(/standard input: pass --format/);
    const empty = run(["validate", "-", "--as", "source", "--format", "ndjson"], "");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/standard input is empty/);
    const big = run(["validate", "-", "--as", "source", "--format", "ndjson", "--max-bytes", "10"], ndjson);
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/more than the limit of 10 bytes/);
  });

  it("import-usgs - reads standard input, and so does import-usgs with a pipe", () => {
    for (const outcome of [
      run(["import-usgs", "-", "--mineral", "antimony"], csv),
      shell(`printf '%s' "$DATA" | node --import tsx '${bin}' import-usgs --mineral antimony`, csv),
    ]) {
      expect(outcome.stderr).toBe("");
      expect((JSON.parse(outcome.stdout) as { country: string }[]).map((f) => f.country)).toEqual(["TJ", "TJ"]);
    }
  });

  it("a named pipe given as the file is read (process substitution)", () => {
    const outcome = shell(`node --import tsx '${bin}' validate <(printf '%s' "$DATA") --as source --format ndjson`, ndjson);
    expect(outcome.stderr).toBe("");
    expect(outcome.stdout).toMatch(/2 valid source records/);
  });
});

describe("the USGS importer's rules for years and repeated rows", () => {
  const longHeader =
    "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,Is critical mineral 2025,Other notes";
  const longRow = (year: string, value = "12", country = "Uzbekistan") =>
    `Example,World production,Example,${country},Mine production,contained example,thousand metric tons,${year},${value},,Yes,`;

  it.each(["0x7E9", "2.025e3", "2025.0", "+2025", "", " ", "20_25"])("refuses the year %j in the long layout", (year) => {
    const r = importUsgsCsv([longHeader, longRow(year)].join("\n"), { mineral: "zinc", vintage: "usgs-mcs-2026" });
    expect(r.figures).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.reason).toMatch(/four decimal digits/);
  });

  it("reads a four-digit year, spaces around it allowed", () => {
    const r = importUsgsCsv([longHeader, longRow(" 2025 ")].join("\n"), { mineral: "zinc", vintage: "usgs-mcs-2026" });
    expect(r.figures.map((f) => f.year)).toEqual([2025]);
  });

  it("refuses a production or capacity column without a year, and dates a reserves column by the latest year", () => {
    const csv =
      "Source,Country,Type,Prod_t,Prod_t_2022,Cap_t,Reserves_t\n" +
      'MCS2024,Tajikistan,"Mine production, contained antimony",100,21000,300,50000\n';
    const r = importUsgsCsv(csv, { mineral: "antimony" });
    expect(r.figures.map((f) => [f.measure, f.year, f.value])).toEqual([
      ["mine-production", 2022, 21000],
      ["reserves", 2022, 50000],
    ]);
    expect(r.problems.map((p) => p.column)).toEqual(["Prod_t", "Cap_t"]);
    expect(r.problems.every((p) => /gives no year/.test(p.reason))).toBe(true);
  });

  it("reports two rows for the same country, type and year with different values, and reads neither", () => {
    const csv =
      "Source,Country,Type,Prod_t_2022,Reserves_t\n" +
      'MCS2024,Tajikistan,"Mine production, contained antimony",21000,50000\n' +
      'MCS2024,Tajikistan,"Mine production, contained antimony",22000,50000\n' +
      'MCS2024,China,"Mine production, contained antimony",40000,\n' +
      'MCS2024,China,"Mine production, contained antimony",40000,\n';
    const r = importUsgsCsv(csv, { mineral: "antimony" });
    // Tajikistan's production conflicts (left out); its reserves and China's production repeat (read once)
    expect(r.figures.map((f) => [f.country, f.measure, f.value])).toEqual([
      ["TJ", "reserves", 50000],
      ["CN", "mine-production", 40000],
    ]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 3, column: "Prod_t_2022", value: "22000" });
    expect(r.problems[0]?.reason).toMatch(/line 2 gives TJ mine-production 2022 as 21000 t, this row as 22000 t/);
  });

  it("the same for the long layout", () => {
    const r = importUsgsCsv([longHeader, longRow("2025", "12"), longRow("2025", "13")].join("\n"), {
      mineral: "zinc",
      vintage: "usgs-mcs-2026",
    });
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => p.line)).toEqual([3]);
  });
});
