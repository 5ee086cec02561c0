import { describe, expect, it } from "vitest";
import { type FunctionEntry, type ParamKind, type ParamSpec, PUBLIC_FUNCTIONS, SUBPATHS } from "../../src/core/registry.js";

// The contract, generated from the registry: every public function resolves each argument through the
// shared resolvers. A name in another case or with stray spaces gives the same answer as the canonical
// id; a typo, a prototype key, a very long string, an impossible date or a non-finite number is refused
// with an error that names the parameter and quotes no more than a bounded excerpt. A function added to
// the registry tomorrow is checked by this file without a line changed here.

const modules = Object.fromEntries(
  await Promise.all(
    SUBPATHS.map(
      async (s) => [s.subpath, (await import(/* @vite-ignore */ `../../${s.file}`)) as Record<string, unknown>] as const,
    ),
  ),
);
const fnOf = (name: string, entry: FunctionEntry) => modules[entry.subpath]?.[name] as (...args: unknown[]) => unknown;

/** A canonical valid value of each kind, and the spellings of the same thing that must give the same answer. */
const SAMPLES: Partial<Record<ParamKind, { valid: unknown; same: unknown[]; typo?: string }>> = {
  country: { valid: "KZ", same: ["kz", " KZ ", "KAZ", "398", "Kazakhstan", "KAZAKHSTAN", " kazakhstan "], typo: "Kazakstan" },
  place: { valid: "KZ", same: ["kz", "Kazakhstan", " KAZAKHSTAN "], typo: "Kazakstan" },
  countries: { valid: ["RU"], same: [["ru"], ["Russia"], [" RUSSIA "]], typo: "Rusia" },
  mineral: { valid: "chromium", same: ["Chromium", "CHROMIUM", " chromium "], typo: "chromum" },
  list: {
    valid: "us-2025-critical-minerals",
    same: ["US-2025-Critical-Minerals", " us-2025-critical-minerals "],
    typo: "us-2025-critical-mineral",
  },
  "list-family": {
    valid: "us-critical-minerals",
    same: ["US-Critical-Minerals", " us-critical-minerals "],
    typo: "us-critical-mineral",
  },
  partnership: { valid: "c5-plus-1", same: ["C5-Plus-1", " c5-plus-1 ", "C5+1"], typo: "c5-plus-2x" },
  corridor: {
    valid: "middle-corridor",
    same: ["Middle-Corridor", " middle-corridor ", "Middle Corridor", "TITR"],
    typo: "midle-corridor",
  },
  "corridor-node": { valid: "poti-port", same: ["Poti-Port", " POTI-PORT ", "Port of Poti"], typo: "poti-prot" },
  "corridor-leg": { valid: undefined, same: [] },
  company: { valid: "kazatomprom", same: ["Kazatomprom", " KAZATOMPROM "], typo: "kazatomprm" },
  facility: { valid: "inkai", same: ["Inkai", " INKAI "], typo: "inkaii" },
  project: { valid: undefined, same: [] },
  source: {
    valid: "usgs-mcs-2025-chromium",
    same: [" usgs-mcs-2025-chromium ", "USGS-MCS-2025-CHROMIUM"],
    typo: "usgs-mcs-2025-chromiun",
  },
  entity: { valid: "source", same: ["Source", " source "], typo: "sorce" },
  measure: { valid: "mine-production", same: ["Mine-Production", " mine-production "], typo: "mine-prodution" },
  metric: { valid: "cargo-volume", same: ["Cargo-Volume", " cargo-volume "], typo: "cargo-volme" },
  "metric-unit": { valid: "Mt", same: [" Mt "], typo: "Mtt" },
  "metric-kind": { valid: "outturn", same: ["Outturn", " outturn "], typo: "outtrun" },
  mode: { valid: "rail", same: ["Rail", " RAIL "], typo: "rial" },
  vintage: { valid: "usgs-mcs-2025", same: ["USGS-MCS-2025", " usgs-mcs-2025 "], typo: "usgs-mcs-2052x" },
  series: { valid: "usgs-mcs", same: ["USGS-MCS", " usgs-mcs "], typo: "usgs-mc" },
  day: { valid: "2024-01-01", same: [] },
  "partial-date": { valid: "2024-01-01", same: [] },
  year: { valid: 2024, same: [] },
  number: { valid: 2, same: [] },
};
/** Per function, valid values where the kind's default does not fit the function. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  corridorsThrough: { country: "AZ" },
  shareChanges: { direction: "export", partner: "US" },
  exportDestinations: { minerals: ["uranium"] },
  partnershipsOf: { party: "KZ" },
  changesIn: { year: 2025 },
  figureSeries: {},
  revisions: { year: 2024 },
  metricSeries: {},
  ownersOf: { facility: { id: "x", owners: [] } },
  unflattenRecord: { row: { id: "a" } },
  validateRecord: { value: { id: "a" } },
  validateCollection: { values: [] },
  validateStream: { input: [] },
  importUsgsCsv: { input: "Country,Type,Prod_t_2023\nKazakhstan,Mine production,5\n" },
  formatIssues: { issues: [{ path: "a", message: "b", rule: "schema" }] },
  checkImportDependence: { records: [], against: { sources: [], countries: [], minerals: [] } },
  currentStatus: { facility: { id: "x", status: [{ status: "operating", since: "2020" }] } },
  greatCircleKm: { a: { lat: 0, lon: 0 }, b: { lat: 1, lon: 1 } },
  readCsvRecords: { text: "a,b\n1,2\n" },
};
const RESOLVED: ReadonlySet<ParamKind> = new Set([
  "country",
  "place",
  "countries",
  "mineral",
  "list",
  "list-family",
  "partnership",
  "corridor",
  "company",
  "facility",
  "source",
  "entity",
  "measure",
  "metric",
  "metric-unit",
  "metric-kind",
  "mode",
  "vintage",
  "series",
]);

function validFor(fn: string, spec: ParamSpec): unknown {
  const override = OVERRIDES[fn];
  if (override && Object.hasOwn(override, spec.name)) return override[spec.name];
  if (spec.kind === "options") return spec.optional ? undefined : requiredOptions(fn);
  return SAMPLES[spec.kind]?.valid;
}
function requiredOptions(fn: string): Record<string, unknown> {
  if (fn === "validateStream") return { format: "ndjson" };
  if (fn === "importUsgsCsv") return { mineral: "zinc", vintage: "usgs-mcs-2024" };
  return { mineral: "chromium" };
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
async function call(fn: (...a: unknown[]) => unknown, args: unknown[], construct = false): Promise<Outcome> {
  try {
    const value = construct ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args);
    return { ok: true, value: value instanceof Promise ? await value : value };
  } catch (error) {
    return { ok: false, error };
  }
}
const plain = (o: Outcome) =>
  o.ok ? { ok: true, value: JSON.parse(JSON.stringify(o.value ?? null)) } : { ok: false, message: String(o.error) };

/** The resolvable parameters of every function, directly or as an options field, with the args that reach them. */
interface Case {
  fn: string;
  entry: FunctionEntry;
  label: string;
  kind: ParamKind;
  args: (value: unknown) => unknown[];
}
const cases: Case[] = [];
for (const [fn, entry] of Object.entries(PUBLIC_FUNCTIONS)) {
  const base = entry.params.map((q) => validFor(fn, q));
  entry.params.forEach((q, i) => {
    if (q.kind !== "options")
      cases.push({ fn, entry, label: q.name, kind: q.kind, args: (v) => base.map((b, j) => (j === i ? v : b)) });
    for (const [field, kind] of Object.entries(q.fields ?? {})) {
      const own = (base[i] ?? {}) as Record<string, unknown>;
      cases.push({
        fn,
        entry,
        label: `${q.name}.${field}`,
        kind,
        args: (v) => base.map((b, j) => (j === i ? { ...own, [field]: v } : b)),
      });
    }
  });
}
const resolvable = cases.filter((c) => RESOLVED.has(c.kind) && SAMPLES[c.kind]?.valid !== undefined);
const named = (c: Case, error: unknown) => {
  expect(error, `${c.fn}(${c.label})`).toBeInstanceOf(Error);
  expect(error instanceof TypeError || error instanceof RangeError, `${c.fn}(${c.label}): ${String(error)}`).toBe(true);
  const message = (error as Error).message;
  expect(message, `${c.fn}(${c.label})`).toContain(c.label.split(".").at(-1) as string);
  expect(message.length, `${c.fn}(${c.label}) message length`).toBeLessThanOrEqual(600);
  return message;
};

describe("the argument contract, for every function in the registry", () => {
  it("the registry lists resolvable parameters to check", () => {
    expect(resolvable.length).toBeGreaterThan(40);
  });

  it.each(resolvable.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))(
    "%s: spellings of one thing give one answer",
    async (_, c) => {
      const sample = SAMPLES[c.kind];
      if (sample === undefined) return;
      const fn = fnOf(c.fn, c.entry);
      const canonical = await call(fn, c.args(c.kind === "countries" ? sample.valid : sample.valid), c.entry.construct);
      expect(canonical.ok, `${c.fn} with ${JSON.stringify(sample.valid)}: ${canonical.ok ? "" : String(canonical.error)}`).toBe(
        true,
      );
      for (const variant of sample.same) {
        const other = await call(fn, c.args(variant), c.entry.construct);
        expect(plain(other), `${c.fn}(${c.label} = ${JSON.stringify(variant)})`).toEqual(plain(canonical));
      }
    },
  );

  it.each(resolvable.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))(
    "%s: a typo is refused and the likely value suggested",
    async (_, c) => {
      const sample = SAMPLES[c.kind];
      if (sample?.typo === undefined) return;
      const value = c.kind === "countries" ? [sample.typo] : sample.typo;
      const result = await call(fnOf(c.fn, c.entry), c.args(value), c.entry.construct);
      if (c.entry.lookup) {
        expect(result, `${c.fn}(${sample.typo}) finds nothing`).toEqual({ ok: true, value: undefined });
        return;
      }
      expect(result.ok, `${c.fn}(${c.label} = ${sample.typo}) answered instead of refusing`).toBe(false);
      if (!result.ok) expect(named(c, result.error)).toMatch(/did you mean/);
    },
  );

  it.each(resolvable.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))(
    "%s: prototype keys, empty and very long strings are refused",
    async (_, c) => {
      for (const bad of [
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "",
        "   ",
        "x".repeat(100_000),
        "a\u0000b\u001b[31m",
      ]) {
        const value = c.kind === "countries" ? [bad] : bad;
        const result = await call(fnOf(c.fn, c.entry), c.args(value), c.entry.construct);
        if (c.entry.lookup) {
          expect(result, `${c.fn}(${JSON.stringify(bad.slice(0, 20))}) finds nothing`).toEqual({ ok: true, value: undefined });
          continue;
        }
        expect(result.ok, `${c.fn}(${c.label} = ${JSON.stringify(bad.slice(0, 20))}) answered instead of refusing`).toBe(false);
        if (!result.ok) {
          const message = named(c, result.error);
          expect(
            [...message].some((ch) => (ch.codePointAt(0) ?? 32) < 32),
            "no raw control characters echoed",
          ).toBe(false);
        }
      }
    },
  );

  it.each(resolvable.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))(
    "%s: a value of the wrong type is refused by name",
    async (_, c) => {
      for (const bad of [42, null, {}, Symbol("s")]) {
        const value = c.kind === "countries" && bad !== null ? [bad] : bad;
        const result = await call(fnOf(c.fn, c.entry), c.args(value), c.entry.construct);
        expect(result.ok, `${c.fn}(${c.label} = ${String(bad)}) answered`).toBe(false);
        if (!result.ok) named(c, result.error);
      }
    },
  );

  // an options field spelt wrong (its last two letters swapped) is refused, naming the key and suggesting the right one
  const fields = cases.filter((c) => c.label.includes(".") && (c.label.split(".").at(-1) ?? "").length >= 4);
  it.each(fields.map((c) => [`${c.fn}(${c.label})`, c] as const))(
    "%s: a misspelt option key is refused, the key suggested",
    async (_, c) => {
      const [param, field] = c.label.split(".") as [string, string];
      const typo = `${field.slice(0, -2)}${field.at(-1)}${field.at(-2)}`;
      const i = c.entry.params.findIndex((q) => q.name === param);
      const args = c.entry.params.map((q, j) =>
        j === i ? { ...((validFor(c.fn, q) ?? {}) as object), [typo]: 1 } : validFor(c.fn, q),
      );
      const result = await call(fnOf(c.fn, c.entry), args, c.entry.construct);
      expect(result.ok, `${c.fn}(${param}.${typo}) answered`).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(RangeError);
        expect(String(result.error)).toContain(`did you mean "${field}"`);
      }
    },
  );

  const dated = cases.filter((c) => c.kind === "day" || c.kind === "partial-date");
  it.each(dated.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))("%s: impossible dates are refused", async (_, c) => {
    for (const bad of ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00", "24-01-01", "2024/01/01", "yesterday"]) {
      const result = await call(fnOf(c.fn, c.entry), c.args(bad), c.entry.construct);
      expect(result.ok, `${c.fn}(${c.label} = ${bad}) answered`).toBe(false);
      if (!result.ok) named(c, result.error);
    }
  });

  const numeric = cases.filter((c) => c.kind === "year" || c.kind === "number");
  it.each(numeric.map((c) => [`${c.fn}(${c.label}: ${c.kind})`, c] as const))(
    "%s: non-finite and out-of-range numbers are refused",
    async (_, c) => {
      const bads =
        c.kind === "year"
          ? [Number.NaN, Number.POSITIVE_INFINITY, 2024.5, -1, 1e12]
          : [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
      for (const bad of bads) {
        const result = await call(fnOf(c.fn, c.entry), c.args(bad), c.entry.construct);
        expect(result.ok, `${c.fn}(${c.label} = ${bad}) answered`).toBe(false);
        if (!result.ok) named(c, result.error);
      }
    },
  );
});
