import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { parseCsv, readCsvRecords } from "../../src/core/csv.js";
import {
  corridorNodes,
  events,
  findRoutes,
  getCountry,
  membersAsOf,
  partnerships,
  producerRanking,
  timeline,
} from "../../src/index.js";
import { importUsgsCsv } from "../../src/usgs/import.js";
import { validateStream } from "../../src/validate/stream.js";
import { tempFiles } from "../cli/helpers.js";
import { source } from "../schemas/samples.js";

// Regression tests for issue 15 (a hostile review of the CLI and the API): one per finding, and one per
// class of finding where a property can say it for every input.
const { file } = tempFiles("c5-issue15-");
const cli = resolve(import.meta.dirname, "../../dist/node/cli.js");
const sh = (command: string) => spawnSync("sh", ["-c", command], { encoding: "utf8" });
const noStack = (text: string | undefined) => expect(text ?? "").not.toMatch(/\n\s+at |node:internal|internal error/);
/** Names an object's prototype answers to, which must never be found as data. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe("errors from the operating system are reported as what they are", () => {
  it("a reader that closes the pipe early (| head -1) ends the command quietly, no stack trace", () => {
    const result = sh(`node ${cli} export --format csv | head -1`);
    expect(result.stdout.split("\n")[0]).toMatch(/^\ufeff?country,/);
    expect(result.stderr).toBe("");
  });
  it("a full disk (> /dev/full) is said in one line with exit code 1", () => {
    const result = sh(`node ${cli} export --format json > /dev/full; echo "exit $?" >&2`);
    expect(result.stderr).toMatch(/^c5-minerals: cannot write the output: no space left on the device \(ENOSPC\)\nexit 1\n$/);
  });
  it("an unreadable file and a directory are named as such", () => {
    const path = file("locked.json", "[]");
    spawnSync("chmod", ["000", path]);
    const locked = runCli(["validate", path, "--as", "source"]);
    // root reads anything; everyone else is refused with the reason
    if (locked.code !== 0) expect(locked.stderr).toMatch(/permission denied \(EACCES\)|holds no|valid/);
    const dir = runCli(["validate", resolve(import.meta.dirname), "--as", "source", "--format", "json"]);
    expect(dir).toMatchObject({ code: 1 });
    expect(dir.stderr).toMatch(/is not a file/);
  });
  it("a file that cannot be written with --out says why", () => {
    const outcome = runCli(["export", "--format", "json", "--dataset", "countries", "--out", "/dev/full"]);
    expect(outcome).toMatchObject({ code: 1 });
    expect(outcome.stderr).toMatch(/no space left on the device \(ENOSPC\)/);
  });
  it("nothing read from input reaches the terminal raw (property-based)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("\u001b", "[", "2J", "\u0007", "\u202e", "a", "\r", "\u009b") }), (name) => {
        for (const args of [
          ["query", "country", name],
          ["query", "mineral", name],
          ["export", "--format", "json", "--dataset", name],
          ["validate", name, "--as", "source"],
        ]) {
          const outcome = runCli(args);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be printed
          expect(outcome.stderr ?? "").not.toMatch(/[\u001b\u0007\u009b\u202e\r]/);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("names are never looked up on a prototype", () => {
  it("export --dataset __proto__ or constructor is a usage error, not {} or an internal error", () => {
    for (const name of PROTOTYPE_NAMES) {
      const outcome = runCli(["export", "--format", "json", "--dataset", name]);
      expect(outcome, name).toMatchObject({ code: 2 });
      expect(outcome.stderr).toMatch(/unknown dataset/i);
    }
  });
  it("every name the CLI looks up refuses the prototype's names the way it refuses any unknown name", () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const args of [
        ["query", "country", name],
        ["query", "mineral", name],
        ["query", "lists", name],
        ["query", "list", name],
        ["query", "members", name],
        ["query", "route", name, "TR"],
        ["query", "timeline", "--partnership", name],
        ["query", "route", "KZ", "TR", "--avoid", name],
        ["validate", "x.json", "--as", name],
        ["import-usgs", "x.csv", "--mineral", name],
        ["query", name],
        [name],
      ]) {
        const outcome = runCli(args);
        expect(outcome.code, args.join(" ")).not.toBe(0);
        noStack(outcome.stderr);
      }
    }
  });
  it("the USGS importer reads prototype names in a file as data: unknown countries and units", () => {
    const body = PROTOTYPE_NAMES.map((n) => `MCS2024,${n},Mine production,5`).join("\n");
    const result = importUsgsCsv(`Source,Country,Type,Prod_t_2023\nMCS2024,Kazakhstan,Mine production,5\n${body}\n`, {
      mineral: "zinc",
      basis: "contained",
      units: {},
    });
    expect(result.figures.map((f) => f.country)).toEqual(["KZ"]);
    expect(result.problems.every((p) => /unknown country name/.test(p.reason))).toBe(true);
    const units = importUsgsCsv("Source,Country,Type,Prod_constructor_2023\nMCS2024,Kazakhstan,Mine production,5\n", {
      mineral: "zinc",
    });
    expect(units.problems[0]?.reason).toMatch(/unit 'constructor' is ambiguous or unknown/);
  });
});

describe("CSV line numbers count every line", () => {
  // a record after a blank line and after a quoted cell over three lines starts on line 7
  const csv =
    'id,title,publisher,url,published,kind\n\nsample-source,"A\nlong\ntitle",P,https://example.org,2024,report\nbad id,T,P,https://example.org,2024,report\n';
  it("validate names the line a bad record starts on", () => {
    const outcome = runCli(["validate", file("lines.csv", csv), "--as", "source"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^line 6: sources\[1\]\.id:/m);
    const whole = runCli(["validate", file("lines2.csv", csv), "--as", "source", "--integrity"]);
    expect(whole.stderr).toMatch(/^line 6: sources\[1\]\.id:/m);
  });
  it("import-usgs names the line of a cell it cannot read", () => {
    const text =
      'Source,Country,Type,Prod_t_2023\n\nMCS2024,"Kazakh\nstan",Mine production,5\n\nMCS2024,Uzbekistan,Mine production,x5\n';
    const result = importUsgsCsv(text, { mineral: "zinc" });
    expect(result.problems.map((p) => p.line)).toEqual([3, 6]);
  });
  it("each record's line is where it starts, whatever blank lines and line breaks come before (property-based)", () => {
    const cell = fc.oneof(fc.constantFrom("a", "x y"), fc.constantFrom("a\nb", "a\r\nb\r\nc", 'say ""hi""'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), cell), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        (rows, eol) => {
          let text = "";
          let line = 2;
          const expected: number[] = [];
          for (const [blanks, value] of rows) {
            text += eol.repeat(blanks);
            line += blanks;
            expected.push(line);
            text += `"${value}"${eol}`;
            line += value.split(/\r\n|\n/).length;
          }
          const found: number[] = [];
          const result = importUsgsCsv(`Country,Type,Prod_t_2023${eol}${text}`, { mineral: "zinc", vintage: "v" });
          for (const p of result.problems) if (!found.includes(p.line)) found.push(p.line);
          // every row names an unknown country, so each is reported at its own line
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("USGS rows cut short", () => {
  it("are reported with their line, and the import exits 1", () => {
    const text = "Source,Country,Type,Prod_t_2022,Prod_t_2023\nMCS2024,Kazakhstan,Mine production,5,6\nMCS2024,Uzbekistan,Mine\n";
    const result = importUsgsCsv(text, { mineral: "zinc", basis: "contained" });
    expect(result.problems).toEqual([
      { line: 3, reason: expect.stringMatching(/3 cell\(s\) but the header has 5: it is cut short/) },
    ]);
    expect(result.figures.map((f) => f.country)).toEqual(["KZ", "KZ"]);
    const outcome = runCli(["import-usgs", file("short.csv", text), "--mineral", "zinc"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/line 3: the row has 3 cell\(s\)/);
  });
});

describe("header handling is linear in the columns", () => {
  it("reads a 10,000-column USGS file in well under a second", () => {
    const years = Array.from({ length: 10_000 }, (_, i) => `Prod_t_${String(1000 + i)}`);
    const text = `Source,Country,Type,${years.join(",")}\nMCS2024,Kazakhstan,Mine production,${years.map(() => "5").join(",")}\n`;
    const t0 = performance.now();
    const result = importUsgsCsv(text, { mineral: "zinc", basis: "contained" });
    const ms = performance.now() - t0;
    // every cell is read: as a figure, or as a problem (most of these years are outside the schema's range)
    expect(result.figures.length + result.problems.length).toBe(10_000);
    expect(result.figures.length).toBeGreaterThan(100);
    // quadratic header handling took about 14 s; linear takes well under one, even on a busy machine
    expect(ms).toBeLessThan(4000);
  });
});

describe("countries are named the same way everywhere", () => {
  const names = ["AZ", "az", "AZE", "031", "Azerbaijan"];
  it("query route --avoid takes alpha-2, alpha-3, numeric codes and names alike", () => {
    const answers = names.map((n) => runCli(["query", "route", "KZ", "TR", "--avoid", n, "--json"]));
    for (const a of answers) expect(a.code).toBe(0);
    expect(new Set(answers.map((a) => a.stdout)).size).toBe(1);
    expect(JSON.parse(answers[0]?.stdout ?? "[]").some((r: { countries: string[] }) => r.countries.includes("AZ"))).toBe(false);
    expect(runCli(["query", "route", "KZ", "TR", "--avoid", "Atlantis"])).toMatchObject({ code: 2 });
  });
  it("findRoutes does too, and refuses a wrong type naming avoidCountries", () => {
    const base = JSON.stringify(findRoutes("KZ", "TR", { avoidCountries: ["AZ"] }));
    for (const n of names) expect(JSON.stringify(findRoutes("KZ", "TR", { avoidCountries: [n] }))).toBe(base);
    expect(() => findRoutes("KZ", "TR", { avoidCountries: "AZ" as never })).toThrow(TypeError);
    expect(() => findRoutes("KZ", "TR", { avoidCountries: "AZ" as never })).toThrow(/avoidCountries/);
  });
  it("every function that takes a country gives the same answer for each way of naming it (property-based)", () => {
    // the C5 states with corridor nodes, so that each can be a route's start
    const c5 = ["KZ", "KG", "TJ", "TM", "UZ"]
      .filter((code) => corridorNodes.some((n) => n.country === code))
      .map((code) => getCountry(code));
    fc.assert(
      fc.property(fc.constantFrom(...c5), fc.nat(3), (country, way) => {
        if (country === undefined) return;
        const name = [country.alpha2.toLowerCase(), country.alpha3, country.numeric, country.name][way] as string;
        expect(runCli(["query", "country", name, "--json"]).stdout).toBe(
          runCli(["query", "country", country.alpha2, "--json"]).stdout,
        );
        expect(timeline({ country: name })).toEqual(timeline({ country: country.alpha2 }));
        expect(JSON.stringify(findRoutes(name, "TR"))).toBe(JSON.stringify(findRoutes(country.alpha2, "TR")));
      }),
      { numRuns: 20 },
    );
  });
});

describe("minerals are named the same way everywhere", () => {
  it("query mineral, query lists and import-usgs --mineral take a name as they take the id", () => {
    for (const [question, name] of [
      ["mineral", "Chromium"],
      ["lists", "Chromium"],
      ["mineral", "CHROMIUM"],
    ] as const) {
      const byName = runCli(["query", question, name, "--json"]);
      expect(byName.code, `${question} ${name}`).toBe(0);
      expect(byName.stdout).toBe(runCli(["query", question, "chromium", "--json"]).stdout);
    }
    const fixture = resolve(import.meta.dirname, "../fixtures/usgs/mcs2024/mcs2024-chrom_world.csv");
    const byName = runCli(["import-usgs", fixture, "--mineral", "Chromium"]);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(runCli(["import-usgs", fixture, "--mineral", "chromium"]).stdout);
    expect(producerRanking({ mineral: "Chromium" })).toEqual(producerRanking({ mineral: "chromium" }));
  });
  it("an unknown mineral is refused the same way by each", () => {
    for (const args of [
      ["query", "mineral", "unobtainium"],
      ["query", "lists", "unobtainium"],
    ])
      expect(runCli(args).stderr).toMatch(/mineral: no mineral matches ["']unobtainium["']/);
    expect(runCli(["import-usgs", "x.csv", "--mineral", "unobtainium"]).stderr).toMatch(/no mineral matches ["']unobtainium["']/);
  });
});

describe("dates", () => {
  it("an impossible date is refused by members and the API", () => {
    expect(runCli(["query", "members", "c5-plus-1", "--date", "2024-02-30"])).toMatchObject({ code: 2 });
    expect(() => membersAsOf("c5-plus-1", "2023-02-29")).toThrow(RangeError);
    expect(membersAsOf("c5-plus-1", "2024-02-29").length).toBeGreaterThan(0);
  });
  it("timeline refuses an unknown partnership, a date that is not one and a window that ends before it starts", () => {
    for (const args of [
      ["--partnership", "no-such-thing"],
      ["--from", "yesterday"],
      ["--to", "2024-13"],
      ["--from", "2025", "--to", "2024"],
      ["--country", "Atlantis"],
    ]) {
      const outcome = runCli(["query", "timeline", ...args]);
      expect(outcome.code, args.join(" ")).toBe(2);
      noStack(outcome.stderr);
    }
  });
  it("timeline's window takes partial dates as the whole year or month they denote", () => {
    const year = events.filter((e) => e.date.startsWith("2023"));
    expect(timeline({ from: "2023", to: "2023" }).map((e) => e.id)).toEqual(
      [...year].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((e) => e.id),
    );
    const child = partnerships.find((p) => p.parent !== undefined);
    if (child?.parent)
      expect(timeline({ partnership: child.parent }).length).toBeGreaterThanOrEqual(timeline({ partnership: child.id }).length);
  });
});

describe("usage errors exit 2", () => {
  it("validate --format xml is a usage error", () => {
    expect(runCli(["validate", "x.json", "--as", "figure", "--format", "xml"])).toMatchObject({ code: 2 });
    expect(runCli(["validate", "x.txt", "--as", "figure"])).toMatchObject({ code: 2 });
  });
  it("an option a question does not take is a usage error", () => {
    expect(runCli(["query", "country", "KZ", "--avoid", "RU"])).toMatchObject({ code: 2 });
  });
  it("any unknown option of any command exits 2 with one line (property-based)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("validate", "query", "export", "import-usgs", "overview"),
        fc.stringMatching(/^[a-z]{3,10}$/),
        (command, option) => {
          fc.pre(
            ![
              "as",
              "format",
              "integrity",
              "json",
              "help",
              "dataset",
              "out",
              "mineral",
              "vintage",
              "source",
              "basis",
              "unit",
            ].includes(option),
          );
          const outcome = runCli([command, `--${option}`]);
          expect(outcome.code).toBe(2);
          expect((outcome.stderr ?? "").trim().split("\n")).toHaveLength(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("streaming validation", () => {
  const good = JSON.stringify(source);
  it("reports a bad line with its line number, and the records around it", async () => {
    const text = `${good}\n\n{"id": \n${JSON.stringify({ ...source, id: "Bad Id" })}\n${good}\n`;
    const result = await validateStream("source", [text], { format: "ndjson" });
    expect(result).toMatchObject({ ok: false, records: 4, invalid: 2 });
    expect(result.issues.map((i) => i.line)).toEqual([3, 4]);
    expect(result.issues[0]?.message).toMatch(/not valid JSON/);
  });
  it("gives the same answer whatever the pieces the input comes in (property-based)", async () => {
    const text = `${good}\n${JSON.stringify({ ...source, kind: "x" })}\r\n\n${JSON.stringify({ ...source, id: "é é" })}`;
    const csv = `id,title,publisher,url,published,kind\n${source.id},"A\nB",P,https://example.org,2024,report\n\nx y,T,P,u,2024,report\n`;
    const whole = await validateStream("source", [text], { format: "ndjson" });
    const wholeCsv = await validateStream("source", [csv], { format: "csv" });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), async (cuts, bytes) => {
        for (const [input, format, expected] of [
          [text, "ndjson", whole],
          [csv, "csv", wholeCsv],
        ] as const) {
          const data = bytes ? new TextEncoder().encode(input) : input;
          const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...points].map((p, i) => data.slice(p, [...points, data.length][i]));
          expect(await validateStream("source", pieces, { format })).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
    expect(whole.issues.map((i) => i.line)).toEqual([2, 4]);
    expect(new Set(wholeCsv.issues.map((i) => i.line))).toEqual(new Set([5]));
  });
  it("keeps at most maxIssues issues and counts the rest", async () => {
    const lines = Array.from({ length: 50 }, () => "{}").join("\n");
    const result = await validateStream("source", [lines], { format: "ndjson", maxIssues: 10 });
    expect(result.issues).toHaveLength(10);
    expect(result.issues.length + result.moreIssues).toBeGreaterThanOrEqual(50);
  });
  it("the CLI streams NDJSON and CSV and names the line", () => {
    const path = file("stream.ndjson", `${good}\n${good.replace('"statistics"', '"rumour"')}\n`);
    const outcome = runCli(["validate", path, "--as", "source"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^line 2: sources\[1\]\.kind:/m);
  });
});

describe("the CSV reader against csv-spectrum, a suite it did not write", () => {
  const root = resolve(import.meta.dirname, "../../node_modules/csv-spectrum");
  const cases = readdirSync(join(root, "csvs")).map((f) => f.replace(/\.csv$/, ""));
  it("has the cases", () => expect(cases.length).toBeGreaterThanOrEqual(12));
  // location_coordinates.csv holds a bare quote inside an unquoted field (37'37.8"N), which RFC 4180
  // does not allow, and its expected JSON gives another phone number than the CSV: the reader refuses
  // the row with the line, as it refuses any such field.
  for (const name of cases.filter((c) => c !== "location_coordinates"))
    it(`reads ${name}.csv as the suite expects`, () => {
      const csv = readFileSync(join(root, "csvs", `${name}.csv`), "utf8");
      const expected = JSON.parse(readFileSync(join(root, "json", `${name}.json`), "utf8"));
      expect(readCsvRecords(csv)).toEqual(expected);
    });
  it("refuses location_coordinates.csv's bare quote with its line", () => {
    const csv = readFileSync(join(root, "csvs", "location_coordinates.csv"), "utf8");
    expect(() => parseCsv(csv)).toThrow(/CSV line 2: a quote inside an unquoted field/);
  });
  it("RFC 4180: quoting, doubled quotes, CRLF, a byte-order mark and a last line without a line end", () => {
    expect(parseCsv('\ufeffa,"b ""c""",d\r\n"1\r\n2",,"x,y"')).toEqual([
      ["a", 'b "c"', "d"],
      ["1\r\n2", "", "x,y"],
    ]);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/CSV line 1: text after a closing quote/);
    expect(() => parseCsv('a\n\n"b\nc')).toThrow(/CSV line 3: a quoted field is never closed/);
  });
});
