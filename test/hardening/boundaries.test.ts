import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PUBLIC_FUNCTIONS } from "../../src/core/registry.js";
import { INFRASTRUCTURE_STATUSES, MEASURES, TRANSPORT_MODES } from "../../src/core/vocabulary.js";
import * as corridorsEntry from "../../src/corridors.js";
import * as countriesEntry from "../../src/countries.js";
import * as facilitiesEntry from "../../src/facilities.js";
import * as figuresEntry from "../../src/figures.js";
import * as root from "../../src/index.js";
import * as listsEntry from "../../src/lists.js";
import * as measuresEntry from "../../src/measures.js";
import * as mineralsEntry from "../../src/minerals.js";
import * as partnershipsEntry from "../../src/partnerships.js";
import { InfrastructureStatus, TransportMode } from "../../src/schemas/corridor.js";
import { Measure } from "../../src/schemas/figure.js";
import * as schemasEntry from "../../src/schemas/index.js";
import * as sourcesEntry from "../../src/sources.js";
import * as usgsEntry from "../../src/usgs.js";
import * as validateEntry from "../../src/validate/index.js";

// Every public function checks its arguments at the boundary: called with an argument of the wrong type
// it throws a TypeError or RangeError whose message names that parameter, never an error from deep
// inside and never a silent default. The table below says each function's parameters; a test checks
// that it covers every function every subpath exports, so a new export cannot be forgotten.

type Kind = "string" | "number" | "object" | "array" | "function" | "set" | "string|array" | "string|bytes" | "iterable" | "any";
interface Param {
  name: string;
  kind: Kind;
  /** A valid value, used while another parameter is the wrong one. */
  valid: unknown;
  optional?: boolean;
  /** Fields of an options object, each checked the same way under `name.field`. */
  fields?: Record<string, { kind: Kind; valid: unknown }>;
}
const s = (name: string, valid: unknown = "KZ", optional = false): Param => ({ name, kind: "string", valid, optional });

const selector: Param = {
  name: "selector",
  kind: "object",
  valid: { mineral: "chromium" },
  fields: {
    mineral: { kind: "string", valid: "chromium" },
    measure: { kind: "string", valid: "mine-production" },
    year: { kind: "number", valid: 2024 },
    vintage: { kind: "string", valid: "usgs-mcs-2025" },
    form: { kind: "string", valid: "x" },
  },
};
const figure = { country: "KZ", measure: "mine-production", year: 2024, value: 1, unit: "t", table: "t" };
const source = { id: "a", title: "A", publisher: "P", url: "https://example.org", published: "2024", kind: "report" };

const SIGNATURES: Record<string, { params: Param[]; construct?: boolean }> = {
  // added with facilities, companies and projects
  checkFacilityIntegrity: {
    params: [{ name: "c", kind: "object", valid: { facilities: [], companies: [], projects: [], coverageGaps: [] } }],
  },
  controlOf: {
    params: [s("country", "KZ"), s("mineral", "chromium"), { name: "options", kind: "object", valid: {}, optional: true }],
  },
  currentStatus: {
    params: [{ name: "facility", kind: "object", valid: { id: "x", status: [{ status: "operating", since: "2020" }] } }],
  },
  findFacilities: { params: [{ name: "filter", kind: "object", valid: {}, optional: true }] },
  getCompany: { params: [s("id", "kazatomprom")] },
  getFacility: { params: [s("id", "inkai")] },
  getProject: { params: [s("id", "x")] },
  holdingsOf: { params: [s("companyId", "erg"), s("date", "2024-01-01", true)] },
  ultimateHoldersOf: { params: [s("companyId", "kazchrome"), s("date", "2024-01-01", true)] },
  ownersOf: { params: [{ name: "facility", kind: "object", valid: { id: "x", owners: [] } }, s("date", "2024-01-01", true)] },
  parentChain: { params: [s("companyId", "kazatomprom")] },
  projectsTimeline: { params: [{ name: "filter", kind: "object", valid: {}, optional: true }] },
  routesFromFacility: {
    params: [
      s("facilityId", "inkai"),
      { name: "to", kind: "string|array", valid: "TR" },
      { name: "options", kind: "object", valid: {}, optional: true },
    ],
  },
  subsidiariesOf: { params: [s("companyId", "kazatomprom")] },
  // added with measures and policy events
  getMeasure: { params: [s("id", "kz-2025-scrap-export-ban")] },
  getPolicyEvent: { params: [s("id", "kz-2017-code-subsoil")] },
  measuresInForce: {
    params: [{ name: "country", kind: "string|array", valid: "KZ" }, s("date", "2025-01-01"), s("product", "gold", true)],
  },
  measuresForFacility: { params: [s("facilityId", "kumtor-gold-mine"), s("date", "2025-01-01")] },
  measuresForRoute: {
    params: [
      { name: "route", kind: "object", valid: { countries: ["KZ", "RU"] } },
      s("date", "2025-01-01"),
      s("product", "copper", true),
    ],
  },
  policyTimeline: {
    params: [
      s("country"),
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: {
          mineral: { kind: "string", valid: "gold" },
          from: { kind: "string", valid: "2020" },
          to: { kind: "string", valid: "2025" },
        },
      },
    ],
  },
  checkMeasureIntegrity: { params: [{ name: "c", kind: "object", valid: {} }] },
  // added with list history, import dependence, freshness, revisions and corridor metrics
  c5CriticalityNow: { params: [] },
  changesIn: { params: [s("family", "us-critical-minerals"), { name: "year", kind: "number", valid: 2025 }] },
  checkImportDependence: {
    params: [
      { name: "records", kind: "array", valid: [] },
      { name: "against", kind: "object", valid: { sources: [], countries: [], minerals: [] } },
    ],
  },
  criticalNow: { params: [s("mineral", "antimony")] },
  currentLists: { params: [] },
  datasetFreshness: { params: [] },
  decodeWindows1252: { params: [{ name: "bytes", kind: "any", valid: new Uint8Array([0x41]) }] },
  diffEditions: { params: [s("fromId", "us-2022-critical-minerals"), s("toId", "us-2025-critical-minerals")] },
  // added with the editions dataset (issue 27)
  checkEditions: {
    params: [
      { name: "editions", kind: "array", valid: [] },
      { name: "against", kind: "object", valid: { figureTables: [], minerals: [], sources: [] } },
    ],
  },
  editionCoverage: {
    params: [
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: { mineral: { kind: "string", valid: "iodine" }, series: { kind: "string", valid: "usgs-mcs" } },
      },
    ],
  },
  editionCoverageMarkdown: {
    params: [
      { name: "options", kind: "object", valid: {}, optional: true, fields: { series: { kind: "string", valid: "usgs-mcs" } } },
    ],
  },
  editionSeries: {
    params: [
      s("country", "TM"),
      s("mineral", "iodine"),
      s("measure", "mine-production"),
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: { form: { kind: "string", valid: "x" }, edition: { kind: "string", valid: "usgs-mcs-2024" } },
      },
    ],
  },
  latestFigures: {
    params: [
      { name: "options", kind: "object", valid: {}, optional: true, fields: { series: { kind: "string", valid: "usgs-mcs" } } },
    ],
  },
  latestPopulation: { params: [s("code", "KZ"), { name: "options", kind: "object", valid: {}, optional: true }] },
  listFamilies: { params: [] },
  listHistory: { params: [s("family", "us-critical-minerals")] },
  metricSeries: {
    params: [
      s("id", "middle-corridor"),
      s("metric", "cargo-volume"),
      s("unit", "Mt"),
      s("kind", "outturn", true),
      s("mode", "rail", true),
    ],
  },
  revisions: {
    params: [
      s("country", "KZ"),
      s("mineral", "chromium"),
      s("measure", "mine-production"),
      { name: "year", kind: "number", valid: 2024 },
      { name: "options", kind: "object", valid: {}, optional: true, fields: { form: { kind: "string", valid: "x" } } },
    ],
  },
  usImportsFromC5: {
    params: [
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: { vintage: { kind: "string", valid: "usgs-mcs-2026" }, uraniumYear: { kind: "number", valid: 2023 } },
      },
    ],
  },
  wasOnList: { params: [s("family", "us-critical-minerals"), s("mineral", "antimony"), s("date", "2024-01-01")] },
  getCountry: { params: [s("codeOrName")] },
  getCountryOrThrow: { params: [s("codeOrName")] },
  getMineral: { params: [s("idOrName", "zinc")] },
  getMineralOrThrow: { params: [s("idOrName", "zinc")] },
  mineralsByTariffCode: { params: [s("code", "2610")] },
  getList: { params: [s("id", "us-2025-critical-minerals")] },
  getPartnership: { params: [s("id", "c5-plus-1")] },
  getSource: { params: [s("id", "x")] },
  getCorridor: { params: [s("id", "middle-corridor")] },
  getCorridorNode: { params: [s("idOrName", "poti-port")] },
  getCorridorLeg: { params: [s("id", "x")] },
  isOnList: { params: [s("listId", "us-2025-critical-minerals"), s("mineral", "zinc")] },
  listsNaming: { params: [s("mineral", "zinc")] },
  compareLists: { params: [s("fromId", "us-2022-critical-minerals"), s("toId", "us-2025-critical-minerals")] },
  c5ProductionOfList: { params: [s("listId", "us-2025-critical-minerals")] },
  supplyColumn: { params: [selector] },
  producerRanking: { params: [selector] },
  concentration: { params: [selector] },
  c5Share: { params: [selector] },
  worldShares: {
    params: [
      s("country"),
      s("mineral", "chromium"),
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: { measure: { kind: "string", valid: "mine-production" }, year: { kind: "number", valid: 2024 } },
      },
    ],
  },
  productionProfile: { params: [s("country")] },
  figureSeries: {
    params: [
      s("country"),
      s("mineral", "chromium"),
      s("measure", "mine-production"),
      { name: "options", kind: "object", valid: {}, optional: true, fields: { vintage: { kind: "string", valid: "x" } } },
    ],
  },
  membersAsOf: { params: [s("partnershipId", "c5-plus-1"), s("date", "2024-01-01")] },
  partnershipsOf: { params: [s("party"), s("date", "2024-01-01")] },
  timeline: {
    params: [
      {
        name: "filter",
        kind: "object",
        valid: {},
        optional: true,
        fields: {
          country: { kind: "string", valid: "KZ" },
          partnership: { kind: "string", valid: "c5-plus-1" },
          from: { kind: "string", valid: "2020" },
          to: { kind: "string", valid: "2025" },
        },
      },
    ],
  },
  findRoutes: {
    params: [
      { name: "from", kind: "string|array", valid: "KZ" },
      { name: "to", kind: "string|array", valid: "TR" },
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: {
          avoidCountries: { kind: "array", valid: ["RU"] },
          avoidModes: { kind: "array", valid: ["road"] },
          maxRoutes: { kind: "number", valid: 2 },
          via: { kind: "array", valid: ["AZ"] },
          exitNodes: { kind: "array", valid: ["aktau-port"] },
        },
      },
    ],
  },
  corridorsThrough: { params: [s("country", "AZ")] },
  lengthCoverage: {
    params: [
      s("corridorId", "middle-corridor", true),
      { name: "options", kind: "object", valid: {}, optional: true, fields: { mode: { kind: "string", valid: "rail" } } },
    ],
  },
  corridorAvoids: { params: [s("corridorId", "middle-corridor"), { name: "countries", kind: "array", valid: ["RU"] }] },
  greatCircleKm: {
    params: [
      { name: "a", kind: "object", valid: { lat: 0, lon: 0 }, fields: { lat: { kind: "number", valid: 1 } } },
      { name: "b", kind: "object", valid: { lat: 1, lon: 1 }, fields: { lon: { kind: "number", valid: 1 } } },
    ],
  },
  deepFreeze: { params: [{ name: "value", kind: "any", valid: {} }] },
  foldName: { params: [s("name", "Kazakhstan")] },
  lazyIndex: {
    params: [
      { name: "records", kind: "array", valid: [] },
      { name: "keys", kind: "function", valid: () => [] },
    ],
  },
  comparePartialDates: { params: [s("a", "2024"), s("b", "2024-05")] },
  partialDateSpan: { params: [s("date", "2024")] },
  certainlyBefore: { params: [s("a", "2024"), s("b", "2025")] },
  uniqueArray: { params: [{ name: "item", kind: "object", valid: schemasEntry.Id }, s("what", "ids")] },
  CsvError: { construct: true, params: [s("message", "x"), { name: "line", kind: "number", valid: 1 }] },
  parseCsv: { params: [s("text", "a,b\n")] },
  formatCsv: { params: [{ name: "rows", kind: "array", valid: [["a"]] }] },
  readCsvRecords: {
    params: [
      s("text", "a\n1\n"),
      {
        name: "options",
        kind: "object",
        valid: {},
        optional: true,
        fields: { onExtraCells: { kind: "function", valid: () => {} } },
      },
    ],
  },
  isEntityName: { params: [s("name", "figure")] },
  flattenRecord: { params: [{ name: "record", kind: "object", valid: { a: 1 } }] },
  flatColumns: { params: [{ name: "records", kind: "array", valid: [{ a: "1" }] }] },
  unflattenRecord: { params: [s("entity", "source"), { name: "row", kind: "object", valid: { id: "a" } }] },
  checkIntegrity: {
    params: [
      { name: "c", kind: "object", valid: {}, fields: { sources: { kind: "array", valid: [] } } },
      { name: "options", kind: "object", valid: {}, optional: true },
    ],
  },
  validateRecord: { params: [s("entity", "source"), { name: "value", kind: "any", valid: source }] },
  validateCollection: {
    params: [
      s("entity", "source"),
      { name: "values", kind: "any", valid: [source] },
      { name: "options", kind: "object", valid: {}, optional: true, fields: { label: { kind: "string", valid: "x" } } },
    ],
  },
  validateStream: {
    params: [
      s("entity", "source"),
      { name: "input", kind: "iterable", valid: [JSON.stringify(source)] },
      {
        name: "options",
        kind: "object",
        valid: { format: "ndjson" },
        fields: { format: { kind: "string", valid: "ndjson" }, maxIssues: { kind: "number", valid: 5 } },
      },
    ],
  },
  formatIssues: {
    params: [
      { name: "issues", kind: "array", valid: [{ path: "a", message: "b", rule: "schema" }] },
      { name: "options", kind: "object", valid: {}, optional: true, fields: { max: { kind: "number", valid: 3 } } },
    ],
  },
  parseUsgsCell: { params: [s("printed", "1,200")] },
  isCellProblem: { params: [{ name: "cell", kind: "object", valid: { reason: "x" } }] },
  columnSums: {
    params: [
      { name: "table", kind: "object", valid: { id: "t", sumTolerance: 1 }, fields: { id: { kind: "string", valid: "t" } } },
      { name: "figures", kind: "array", valid: [figure] },
    ],
  },
  figuresFromTable: { params: [{ name: "input", kind: "object", valid: undefined }] },
  importUsgsCsv: {
    params: [
      { name: "input", kind: "string|bytes", valid: "Country,Type,Prod_t_2023\nKazakhstan,Mine production,5\n" },
      {
        name: "options",
        kind: "object",
        valid: { mineral: "zinc", vintage: "usgs-mcs-2024" },
        fields: { mineral: { kind: "string", valid: "zinc" }, units: { kind: "object", valid: {} } },
      },
    ],
  },
};

const ENTRIES: Record<string, Record<string, unknown>> = {
  ".": root,
  "./countries": countriesEntry,
  "./minerals": mineralsEntry,
  "./lists": listsEntry,
  "./figures": figuresEntry,
  "./partnerships": partnershipsEntry,
  "./corridors": corridorsEntry,
  "./facilities": facilitiesEntry,
  "./measures": measuresEntry,
  "./sources": sourcesEntry,
  "./schemas": schemasEntry,
  "./validate": validateEntry,
  "./usgs": usgsEntry,
};
/** Every exported function (zod schemas are objects with their own contract, so not here). */
const functions = new Map<string, (...args: unknown[]) => unknown>();
for (const entry of Object.values(ENTRIES))
  for (const [name, value] of Object.entries(entry)) if (typeof value === "function") functions.set(name, value as never);

const fits = (kind: Kind, v: unknown): boolean => {
  switch (kind) {
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number";
    case "object":
      return v !== null && typeof v === "object" && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "function":
      return typeof v === "function";
    case "set":
      return v instanceof Set;
    case "string|array":
      return typeof v === "string" || Array.isArray(v);
    case "string|bytes":
      return typeof v === "string" || v instanceof Uint8Array;
    case "iterable":
      return v !== null && typeof v === "object" && (Symbol.iterator in v || Symbol.asyncIterator in v);
    case "any":
      return true;
  }
};
const anything = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, 0, Number.NaN, "", "x", [], {}, () => 1, new Set(), new Uint8Array(2), Symbol("s"), 10n),
);

async function outcome(fn: (...args: unknown[]) => unknown, args: unknown[], construct: boolean): Promise<unknown> {
  try {
    const result = construct ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args);
    if (result instanceof Promise) await result;
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("arguments checked at the boundary", () => {
  // The registry (src/core/registry.ts) is the list of public functions, and the contract test calls every
  // one of them; this table adds property-based type checks for the functions it names.
  it("the table names only exported functions, and every exported function is in the table or the registry", () => {
    for (const name of Object.keys(SIGNATURES)) expect(functions.has(name), name).toBe(true);
    const missing = [...functions.keys()].filter((n) => !Object.hasOwn(SIGNATURES, n) && !Object.hasOwn(PUBLIC_FUNCTIONS, n));
    expect(missing).toEqual([]);
  });

  it("the queries' copies of the schemas' enums agree with the schemas", () => {
    expect(TRANSPORT_MODES).toEqual(TransportMode.options);
    expect(INFRASTRUCTURE_STATUSES).toEqual(InfrastructureStatus.options);
    expect(MEASURES).toEqual(Measure.options);
  });

  for (const [name, { params, construct = false }] of Object.entries(SIGNATURES)) {
    const fn = functions.get(name);
    const checked = params.filter((p) => p.kind !== "any");
    if (fn === undefined || checked.length === 0) continue;
    it(`${name}: a wrong-typed argument is a TypeError or RangeError naming it (property-based)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...checked), anything, async (param, value) => {
          fc.pre(!fits(param.kind, value) && !(param.optional && value === undefined));
          const args = params.map((p) => (p === param ? value : p.valid));
          const error = await outcome(fn, args, construct);
          expect(error, `${name}(${param.name} = ${fc.stringify(value)}) returned instead of refusing`).toBeDefined();
          expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
          expect((error as Error).message).toContain(param.name);
        }),
        { numRuns: 60 },
      );
    });
    const withFields = checked.filter((p) => p.fields !== undefined);
    if (withFields.length > 0)
      it(`${name}: a wrong-typed option is a TypeError or RangeError naming it (property-based)`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...withFields), fc.nat(), anything, async (param, pick, value) => {
            const fields = Object.entries(param.fields ?? {});
            const [field, spec] = fields[pick % fields.length] as [string, { kind: Kind; valid: unknown }];
            fc.pre(!fits(spec.kind, value) && value !== undefined);
            const base = param.valid as Record<string, unknown>;
            const args = params.map((p) => (p === param ? { ...base, [field]: value } : p.valid));
            const error = await outcome(fn, args, construct);
            expect(error, `${name}(${param.name}.${field} = ${fc.stringify(value)}) returned instead of refusing`).toBeDefined();
            expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
            expect((error as Error).message).toContain(`${param.name}.${field}`);
          }),
          { numRuns: 40 },
        );
      });
    const strings = params.filter((p) => p.kind === "string");
    if (strings.length > 0)
      it(`${name}: any string is answered or refused with a RangeError naming the parameter (property-based)`, async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...strings),
            fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "", " ", "C5")),
            async (param, value) => {
              const args = params.map((p) => (p === param ? value : p.valid));
              const error = await outcome(fn, args, construct);
              if (error === undefined) return;
              // malformed CSV text is refused with the CsvError that names its line
              expect(error instanceof RangeError || error instanceof validateEntry.CsvError, String(error)).toBe(true);
              expect((error as Error).message).toMatch(new RegExp(`^${params.map((p) => p.name).join("|^")}|CSV line`));
            },
          ),
          { numRuns: 60 },
        );
      });
  }
});
