import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { parseCsv } from "../core/csv.js";
import { optional, requireFunction, requireInteger, requireOptions, requireString, requireStringArray } from "../core/guards.js";
import { countries, requireCountry } from "../datasets/countries.js";
import { hsCodes } from "../datasets/hs-codes.js";
import { TradeFlow } from "../schemas/trade-flow.js";

/**
 * One row of BACI's country code table (`country_codes_V<version>.csv`): the numeric code BACI uses, the
 * name, and the ISO alpha-2 code when there is one (BACI's "Other Asia, nes" has none).
 *
 * @category BACI
 */
export interface BaciCountry {
  /** BACI's numeric code (842 for the USA, 490 for "Other Asia, nes"). */
  readonly code: number;
  /** The name as the table prints it. */
  readonly name: string;
  /** ISO 3166-1 alpha-2, or null when the table gives none. */
  readonly iso2: string | null;
}

/**
 * Reads BACI's country code table: CSV with the header `country_code,country_name,country_iso2,country_iso3`,
 * names quoted when they hold commas. An empty or `NA` alpha-2 cell reads as null.
 *
 * @category BACI
 * @example
 * ```ts
 * import { parseBaciCountryCodes } from "c5-minerals/baci";
 * parseBaciCountryCodes('country_code,country_name,country_iso2,country_iso3\n490,"Other Asia, nes",,S19\n842,USA,US,USA\n');
 * // [{ code: 490, name: "Other Asia, nes", iso2: null }, { code: 842, name: "USA", iso2: "US" }]
 * ```
 */
export function parseBaciCountryCodes(text: string): BaciCountry[] {
  const rows = parseCsv(requireString(text.replace(/^\uFEFF/, ""), "text")).filter((r) => !(r.length === 1 && r[0] === ""));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const at = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new RangeError(`text: the country code table has no '${name}' column (header: ${header.join(",")})`);
    return i;
  };
  const [code, name, iso2] = [at("country_code"), at("country_name"), at("country_iso2")];
  return rows.slice(1).map((cells, i) => {
    const n = Number((cells[code] ?? "").trim());
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`text: line ${i + 2}: '${cells[code]}' is not a numeric country code`);
    const alpha = (cells[iso2] ?? "").trim().toUpperCase();
    return { code: n, name: (cells[name] ?? "").trim(), iso2: /^[A-Z]{2}$/.test(alpha) ? alpha : null };
  });
}

/**
 * A row of a BACI file the importer refused, with its line (the header is line 1).
 *
 * @category BACI
 */
export interface BaciRefusedRow {
  readonly line: number;
  readonly reason: string;
  /** The row as written (cut to 200 characters). */
  readonly text: string;
}

/**
 * What {@link importBaci} read.
 *
 * @category BACI
 */
export interface BaciImport {
  /** The flows kept, validated against the `TradeFlow` schema (empty when `onFlow` received them). */
  readonly flows: TradeFlow[];
  /** Refused rows by line (at most `maxRefused`; `refusedCount` counts all). */
  readonly refused: BaciRefusedRow[];
  readonly refusedCount: number;
  /** Data rows read (the header excluded). */
  readonly rows: number;
  /** Rows that matched a kept country and a crosswalk code. */
  readonly matched: number;
  /** BACI country codes of kept rows that the code table (or, without it, ISO numeric) could not name. */
  readonly unknownCountryCodes: number[];
  /** The years the file holds. */
  readonly years: number[];
}

/**
 * Options of {@link importBaci}.
 *
 * @category BACI
 */
export interface BaciImportOptions {
  /** BACI's country code table: a file path, or rows from {@link parseBaciCountryCodes}. Without it, codes are read as ISO numeric codes. */
  readonly countryCodes?: string | readonly BaciCountry[];
  /** Keep flows from or to these countries (codes or names); default the C5. */
  readonly countries?: readonly string[];
  /** Keep these HS six-digit codes; default every code of the crosswalk. */
  readonly hsCodes?: readonly string[];
  /** The source id the records cite; default `cepii-baci`. */
  readonly source?: string;
  /** The BACI release the records name (e.g. `V202501`); default read from the file name. */
  readonly edition?: string;
  /** Receives each flow as it is read, instead of collecting them (for very large selections). */
  readonly onFlow?: (flow: TradeFlow) => void;
  /** Most refused rows listed (default 1,000); the rest are counted. */
  readonly maxRefused?: number;
}

const C5 = ["KZ", "KG", "TJ", "TM", "UZ"];
const CHUNK = 1 << 16;
/**
 * A row in its plain form (no quotes; a value; a quantity or NA; spaces allowed around cells). Rows between
 * two countries not kept that match it are counted and skipped at once; every other row takes the full checks.
 */
const PLAIN_ROW =
  /^ *\d{4} *, *\d+ *, *\d+ *, *\d{5,6} *, *\d+(?:\.\d+)?(?:[eE][-+]?\d{1,2})? *, *(?:NA|\d+(?:\.\d+)?(?:[eE][-+]?\d{1,2})?) *$/;

/** Reads a file line by line with a fixed buffer: memory stays bounded whatever the file's size. */
function eachLine(file: string, visit: (line: string, n: number) => void): void {
  const fd = openSync(file, "r");
  const buffer = Buffer.allocUnsafe(CHUNK);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let n = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      let start = 0;
      for (let end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
        visit(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), ++n);
        start = end + 1;
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== "") visit(rest.replace(/\r$/, ""), ++n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a yearly BACI file (`BACI_HS22_Y<year>_V<release>.csv`, header `t,i,j,k,v,q`: year, exporter,
 * importer, HS six-digit product, value in thousand USD, quantity in metric tons, `NA` when unknown, cells
 * possibly padded with spaces) in bounded memory, and keeps the flows from or to the chosen countries (the
 * C5 by default) under the crosswalk's codes. Each kept row gives an export record for a kept exporter and an
 * import record for a kept importer, validated against the `TradeFlow` schema; every refused row is
 * reported with its line. Partners BACI gives no ISO code become `OTHER` with the table's name.
 *
 * @category BACI
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { importBaci } from "c5-minerals/baci";
 * const dir = mkdtempSync(join(tmpdir(), "baci-"));
 * writeFileSync(join(dir, "BACI_HS22_Y2022_V202401.csv"), "t,i,j,k,v,q\n2022,398,156,261000,1500.5,         NA\n2022,398,490,261000,x,1\n");
 * const result = importBaci(join(dir, "BACI_HS22_Y2022_V202401.csv"));
 * result.flows.map((f) => [f.reporter, f.partner, f.hsCode, f.value?.amount]); // [["KZ", "CN", "261000", 1500.5]]
 * result.refused.map((r) => r.line); // [3]
 * ```
 */
export function importBaci(file: string, options?: BaciImportOptions): BaciImport {
  requireString(file, "file");
  const opts = requireOptions<Record<string, unknown>>(options, "options", [
    "countryCodes",
    "countries",
    "hsCodes",
    "source",
    "edition",
    "onFlow",
    "maxRefused",
  ]);
  const onFlow = optional(opts.onFlow, "options.onFlow", (v, n) => requireFunction(v as (f: TradeFlow) => void, n));
  const maxRefused = optional(opts.maxRefused, "options.maxRefused", (v, n) => requireInteger(v, n, 0)) ?? 1000;
  const source = optional(opts.source, "options.source", requireString) ?? "cepii-baci";
  const edition = optional(opts.edition, "options.edition", requireString) ?? /_(V\d{6})/.exec(basename(file))?.[1];
  const keep = new Set(
    (optional(opts.countries, "options.countries", requireStringArray) ?? C5).map(
      (c, i) => requireCountry(c, `options.countries[${i}]`).alpha2 as string,
    ),
  );
  const crosswalk = new Map<string, (typeof hsCodes)[number]>(hsCodes.map((c) => [c.code, c]));
  const codes = new Set(
    (optional(opts.hsCodes, "options.hsCodes", requireStringArray) ?? [...crosswalk.keys()]).map((c, i) => {
      const digits = c.replace(".", "");
      if (!crosswalk.has(digits)) throw new RangeError(`options.hsCodes[${i}]: '${c}' is not an HS code of the crosswalk`);
      return digits;
    }),
  );
  const table = countryTable(opts.countryCodes);
  const keptNumeric = new Set<number>();
  for (const [n, c] of table) if (c.iso2 !== null && keep.has(c.iso2)) keptNumeric.add(n);

  const flows: TradeFlow[] = [];
  const refused: BaciRefusedRow[] = [];
  let refusedCount = 0;
  let rows = 0;
  let matched = 0;
  const unknown = new Set<number>();
  const years = new Set<number>();
  let lastYear = "";
  const refuse = (line: number, reason: string, text: string) => {
    refusedCount++;
    if (refused.length < maxRefused) refused.push({ line, reason, text: text.slice(0, 200) });
  };
  const emit = (flow: TradeFlow, line: number) => {
    const checked = TradeFlow.safeParse(flow);
    if (!checked.success) return refuse(line, `not a valid flow: ${checked.error.issues[0]?.message ?? "invalid"}`, flow.id);
    if (onFlow) onFlow(checked.data);
    else flows.push(checked.data);
  };

  eachLine(file, (line, n) => {
    if (n === 1) {
      const header = line
        .replace(/^\uFEFF/, "")
        .split(",")
        .map((h) => h.trim().replace(/^"|"$/g, ""));
      if (header.join(",") !== "t,i,j,k,v,q")
        throw new RangeError(`${file}: line 1 is '${line.slice(0, 80)}', expected the BACI header t,i,j,k,v,q`);
      return;
    }
    // The fast path: most rows of a yearly file trade between two countries not kept.
    const c1 = line.indexOf(",");
    const c2 = line.indexOf(",", c1 + 1);
    const c3 = c2 < 0 ? -1 : line.indexOf(",", c2 + 1);
    if (c3 > 0) {
      const i = Number(line.slice(c1 + 1, c2));
      const j = Number(line.slice(c2 + 1, c3));
      if (!Number.isNaN(i) && !Number.isNaN(j) && !keptNumeric.has(i) && !keptNumeric.has(j) && PLAIN_ROW.test(line)) {
        rows++;
        const t = line.slice(0, c1);
        if (t !== lastYear) {
          lastYear = t;
          years.add(Number(t));
        }
        return;
      }
    }
    if (line.trim() === "") return;
    rows++;
    const cells = line.split(",");
    if (cells.length !== 6) return refuse(n, `expected 6 cells, found ${cells.length}`, line);
    const [t, i, j, k, v, q] = cells.map((c) => c.trim().replace(/^"|"$/g, "")) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const year = Number(t);
    if (!/^\d{4}$/.test(t)) return refuse(n, `year '${t}' is not a four-digit year`, line);
    if (!/^\d+$/.test(i) || !/^\d+$/.test(j)) return refuse(n, "exporter and importer must be numeric country codes", line);
    const k6 = /^\d{5}$/.test(k) ? `0${k}` : k;
    if (!/^\d{6}$/.test(k6)) return refuse(n, `product '${k}' is not an HS six-digit code`, line);
    const value = v === "NA" || v === "" ? null : Number(v);
    const quantity = q === "NA" || q === "" ? null : Number(q);
    if (value !== null && !(Number.isFinite(value) && value >= 0))
      return refuse(n, `value '${v}' is not a number of thousand USD`, line);
    if (quantity !== null && !(Number.isFinite(quantity) && quantity >= 0))
      return refuse(n, `quantity '${q}' is not a number of tons or NA`, line);
    if (value === null && quantity === null) return refuse(n, "neither a value nor a quantity", line);
    years.add(year);
    const exporter = Number(i);
    const importer = Number(j);
    if (!codes.has(k6) || !(keptNumeric.has(exporter) || keptNumeric.has(importer))) return;
    matched++;
    const code = crosswalk.get(k6);
    if (code === undefined) return;
    for (const [self, other, direction] of [
      [exporter, importer, "export"],
      [importer, exporter, "import"],
    ] as const) {
      if (!keptNumeric.has(self)) continue;
      const reporter = table.get(self)?.iso2 as string;
      const partnerRow = table.get(other);
      if (partnerRow === undefined) unknown.add(other);
      const partner = partnerRow?.iso2 ?? "OTHER";
      const only = code.minerals.length === 1 ? code.minerals[0]?.mineral : undefined;
      const flow: TradeFlow = {
        id: `baci-${(edition ?? "v").toLowerCase()}-${year}-${k6}-${direction}-${reporter.toLowerCase()}-${partner === "OTHER" ? `n${other}` : partner.toLowerCase()}`,
        reporter,
        partner,
        ...(partner === "OTHER" ? { partnerLabel: partnerRow?.name || `BACI country code ${other}` } : {}),
        direction,
        ...(only === undefined ? {} : { mineral: only }),
        product: code.description,
        hsCode: k6,
        year,
        basis: "reconciled",
        measure: `Value of ${reporter}'s ${direction}s under HS ${k6} by partner, in BACI`,
        ...(value === null ? {} : { value: { amount: value, currency: "USD", scale: "thousand" } }),
        ...(quantity === null ? {} : { quantity: { amount: quantity, unit: "t" } }),
        status: "reported",
        source,
        ...(edition === undefined ? {} : { edition }),
      };
      emit(flow, n);
    }
  });
  return {
    flows,
    refused,
    refusedCount,
    rows,
    matched,
    unknownCountryCodes: [...unknown].sort((a, b) => a - b),
    years: [...years].sort((a, b) => a - b),
  };
}

/** BACI code → country: from the table given, else ISO numeric codes of the package's countries. */
function countryTable(given: unknown): Map<number, BaciCountry> {
  if (given === undefined) {
    return new Map(countries.map((c) => [Number(c.numeric), { code: Number(c.numeric), name: c.name, iso2: c.alpha2 }]));
  }
  if (typeof given === "string") return new Map(parseBaciCountryCodes(readFileSync(given, "utf8")).map((c) => [c.code, c]));
  if (!Array.isArray(given)) throw new TypeError("options.countryCodes must be a file path or an array of BaciCountry rows");
  return new Map((given as BaciCountry[]).map((c) => [c.code, c]));
}
