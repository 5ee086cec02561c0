// The registry: one table of the package's subpaths, datasets, entities and public functions. Written
// once and read everywhere: the generator (scripts/generate.ts), the build (tsup.config.ts,
// scripts/build-outputs.ts), the draft checker, validation (`ENTITY_SCHEMAS`, the CLI's `--as`) and the
// tests (test/registry/parity.test.ts holds package.json, typedoc.json, data/ and every subpath's exports
// to it; test/registry/contract.test.ts calls every function listed here with good and bad arguments).
// It is plain data and imports nothing.
//
// To add a dataset: add its row to DATASETS (and ENTITIES if the entity is new), then `npm run generate`.
// To add a public function: export it from a subpath and add its row to PUBLIC_FUNCTIONS, naming the
// kind of each parameter; the contract test then checks it the day it is added.

/** A subpath of the package (`"."` is the root), the module it is built from, and how it is built. */
export interface SubpathEntry {
  /** The subpath as package.json `exports` names it. */
  readonly subpath: string;
  /** The tsup entry name (dist/<entry>.js). */
  readonly entry: string;
  /** The source module. */
  readonly file: string;
  /** Whether Node gets the lazily loading build (dist/node/<entry>.js): the root and the dataset subpaths. */
  readonly node: boolean;
}

export const SUBPATHS: readonly SubpathEntry[] = [
  { subpath: ".", entry: "index", file: "src/index.ts", node: true },
  { subpath: "./countries", entry: "countries", file: "src/countries.ts", node: true },
  { subpath: "./minerals", entry: "minerals", file: "src/minerals.ts", node: true },
  { subpath: "./lists", entry: "lists", file: "src/lists.ts", node: true },
  { subpath: "./figures", entry: "figures", file: "src/figures.ts", node: true },
  { subpath: "./partnerships", entry: "partnerships", file: "src/partnerships.ts", node: true },
  { subpath: "./corridors", entry: "corridors", file: "src/corridors.ts", node: true },
  { subpath: "./facilities", entry: "facilities", file: "src/facilities.ts", node: true },
  { subpath: "./measures", entry: "measures", file: "src/measures.ts", node: true },
  { subpath: "./trade", entry: "trade", file: "src/trade.ts", node: true },
  { subpath: "./sources", entry: "sources", file: "src/sources.ts", node: true },
  { subpath: "./schemas", entry: "schemas", file: "src/schemas/index.ts", node: false },
  { subpath: "./validate", entry: "validate", file: "src/validate/index.ts", node: false },
  { subpath: "./usgs", entry: "usgs", file: "src/usgs.ts", node: false },
  { subpath: "./baci", entry: "baci", file: "src/baci/index.ts", node: false },
];

/** An entity: its name (JSON Schema file, `--as`, validation), its zod schema's export name, and its collection. */
export interface EntityEntry {
  /** The name users give (`validateRecord("figure", …)`, `--as figure`, `json-schema/figure.json`). */
  readonly name: string;
  /** The zod schema's export name in `c5-minerals/schemas`. */
  readonly schema: string;
  /** What a collection of it is called in paths and integrity collections. */
  readonly collection: string;
}

export const ENTITIES: readonly EntityEntry[] = [
  { name: "source", schema: "Source", collection: "sources" },
  { name: "country", schema: "Country", collection: "countries" },
  { name: "country-names", schema: "CountryNames", collection: "countryNames" },
  { name: "mineral", schema: "Mineral", collection: "minerals" },
  { name: "critical-mineral-list", schema: "CriticalMineralList", collection: "lists" },
  { name: "omitted-list", schema: "OmittedList", collection: "omittedLists" },
  { name: "figure", schema: "Figure", collection: "figures" },
  { name: "figure-table", schema: "FigureTable", collection: "figureTables" },
  { name: "partnership", schema: "Partnership", collection: "partnerships" },
  { name: "event", schema: "Event", collection: "events" },
  { name: "corridor-node", schema: "CorridorNode", collection: "nodes" },
  { name: "corridor-leg", schema: "CorridorLeg", collection: "legs" },
  { name: "corridor", schema: "Corridor", collection: "corridors" },
  { name: "transcribed-table", schema: "TranscribedTable", collection: "tables" },
  { name: "facility", schema: "Facility", collection: "facilities" },
  { name: "company", schema: "Company", collection: "companies" },
  { name: "project", schema: "Project", collection: "projects" },
  { name: "coverage-gap", schema: "CoverageGap", collection: "coverageGaps" },
  { name: "import-dependence", schema: "ImportDependence", collection: "importDependence" },
  { name: "edition", schema: "Edition", collection: "editions" },
  { name: "trade-measure", schema: "TradeMeasure", collection: "measures" },
  { name: "hs-code", schema: "HsCode", collection: "hsCodes" },
  { name: "trade-flow", schema: "TradeFlow", collection: "tradeFlows" },
  { name: "policy-event", schema: "PolicyEvent", collection: "policyEvents" },
];

/** A dataset: where its records are curated, what they are, and where they are exported. */
export interface DatasetEntry {
  /** The generated module's name (src/datasets/generated/<name>.ts) and the collection's name. */
  readonly name: string;
  /** The curated file under data/ (a folder, ending in "/", for transcribed tables). */
  readonly dataFile: string;
  /** The key of the records' array in the data file (`null` for a folder of transcribed tables). */
  readonly key: string | null;
  /** The entity of each record (see {@link ENTITIES}). */
  readonly entity: string;
  /** The source file of the entity's schema under src/schemas/ (without `.ts`). */
  readonly schemaFile: string;
  /** The subpath that exports it. */
  readonly subpath: string;
  /** Whether the generated module keeps each record's literal type (false for large collections, which are stored packed). */
  readonly literal: boolean;
}

export const DATASETS: readonly DatasetEntry[] = [
  {
    name: "sources",
    dataFile: "sources.json",
    key: "records",
    entity: "source",
    schemaFile: "source",
    subpath: "./sources",
    literal: true,
  },
  {
    name: "countries",
    dataFile: "countries.json",
    key: "records",
    entity: "country",
    schemaFile: "country",
    subpath: "./countries",
    literal: true,
  },
  {
    name: "countryNames",
    dataFile: "country-names.json",
    key: "records",
    entity: "country-names",
    schemaFile: "country",
    subpath: "./countries",
    literal: true,
  },
  {
    name: "minerals",
    dataFile: "minerals.json",
    key: "records",
    entity: "mineral",
    schemaFile: "mineral",
    subpath: "./minerals",
    literal: true,
  },
  {
    name: "lists",
    dataFile: "lists.json",
    key: "records",
    entity: "critical-mineral-list",
    schemaFile: "list",
    subpath: "./lists",
    literal: true,
  },
  {
    name: "omittedLists",
    dataFile: "lists.json",
    key: "omitted",
    entity: "omitted-list",
    schemaFile: "list",
    subpath: "./lists",
    literal: true,
  },
  {
    name: "figureTables",
    dataFile: "figures/",
    key: null,
    entity: "figure-table",
    schemaFile: "figure",
    subpath: "./figures",
    literal: true,
  },
  {
    name: "figures",
    dataFile: "figures/",
    key: null,
    entity: "figure",
    schemaFile: "figure",
    subpath: "./figures",
    literal: false,
  },
  {
    name: "partnerships",
    dataFile: "partnerships.json",
    key: "partnerships",
    entity: "partnership",
    schemaFile: "partnership",
    subpath: "./partnerships",
    literal: true,
  },
  {
    name: "events",
    dataFile: "partnerships.json",
    key: "events",
    entity: "event",
    schemaFile: "partnership",
    subpath: "./partnerships",
    literal: true,
  },
  {
    name: "nodes",
    dataFile: "corridors.json",
    key: "nodes",
    entity: "corridor-node",
    schemaFile: "corridor",
    subpath: "./corridors",
    literal: true,
  },
  {
    name: "legs",
    dataFile: "corridors.json",
    key: "legs",
    entity: "corridor-leg",
    schemaFile: "corridor",
    subpath: "./corridors",
    literal: true,
  },
  {
    name: "corridors",
    dataFile: "corridors.json",
    key: "corridors",
    entity: "corridor",
    schemaFile: "corridor",
    subpath: "./corridors",
    literal: true,
  },
  {
    name: "facilities",
    dataFile: "facilities.json",
    key: "facilities",
    entity: "facility",
    schemaFile: "facility",
    subpath: "./facilities",
    literal: true,
  },
  {
    name: "companies",
    dataFile: "facilities.json",
    key: "companies",
    entity: "company",
    schemaFile: "facility",
    subpath: "./facilities",
    literal: true,
  },
  {
    name: "projects",
    dataFile: "facilities.json",
    key: "projects",
    entity: "project",
    schemaFile: "facility",
    subpath: "./facilities",
    literal: true,
  },
  {
    name: "coverageGaps",
    dataFile: "facilities.json",
    key: "coverageGaps",
    entity: "coverage-gap",
    schemaFile: "facility",
    subpath: "./facilities",
    literal: true,
  },
  {
    name: "importDependence",
    dataFile: "import-dependence.json",
    key: "records",
    entity: "import-dependence",
    schemaFile: "import-dependence",
    subpath: "./figures",
    literal: true,
  },
  {
    name: "editions",
    dataFile: "editions.json",
    key: "records",
    entity: "edition",
    schemaFile: "edition",
    subpath: "./figures",
    literal: true,
  },
  {
    name: "measures",
    dataFile: "measures.json",
    key: "records",
    entity: "trade-measure",
    schemaFile: "measure",
    subpath: "./measures",
    literal: true,
  },
  {
    name: "policyEvents",
    dataFile: "policy-events.json",
    key: "records",
    entity: "policy-event",
    schemaFile: "policy-event",
    subpath: "./measures",
    literal: true,
  },
  {
    name: "hsCodes",
    dataFile: "hs-codes.json",
    key: "records",
    entity: "hs-code",
    schemaFile: "hs-code",
    subpath: "./trade",
    literal: true,
  },
  {
    name: "tradeFlows",
    dataFile: "trade-flows.json",
    key: "records",
    entity: "trade-flow",
    schemaFile: "trade-flow",
    subpath: "./trade",
    literal: true,
  },
];

/**
 * What a parameter takes. The names of things resolve through the shared resolvers (src/core/resolve.ts
 * and each dataset's `require…`): codes, ids, names and aliases, in any case, trimmed; an unknown one is a
 * RangeError naming the parameter.
 */
export type ParamKind =
  // things the package holds, by code, id or name
  | "country"
  | "countries"
  | "place"
  | "mineral"
  | "list"
  | "list-family"
  | "partnership"
  | "corridor"
  | "corridor-node"
  | "corridor-leg"
  | "company"
  | "facility"
  | "project"
  | "source"
  | "entity"
  // dates and numbers
  | "day"
  | "partial-date"
  | "year"
  | "number"
  // enumerated options
  | "measure"
  | "metric"
  | "metric-unit"
  | "metric-kind"
  | "mode"
  | "vintage"
  | "series"
  // plain values, checked for type only
  | "text"
  | "tariff-code"
  | "options"
  | "object"
  | "array"
  | "function"
  | "bytes-or-text"
  | "iterable"
  | "any";

/** One parameter of a public function. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  /** For an options object: the kind of each field (every field optional unless the function says so). */
  readonly fields?: Readonly<Record<string, ParamKind>>;
}

/** A public function: the subpaths that export it (besides the root, which exports every dataset and query) and its parameters. */
export interface FunctionEntry {
  readonly subpath: string;
  readonly params: readonly ParamSpec[];
  /** A class, called with `new`. */
  readonly construct?: boolean;
  /**
   * A lookup (`getCountry`, `getMineral`, …): a key that names nothing gives `undefined`, the documented
   * "not found", instead of an error; each has a `require…`/`…OrThrow` twin or is used through one.
   */
  readonly lookup?: boolean;
}

const p = (name: string, kind: ParamKind, optional = false): ParamSpec => (optional ? { name, kind, optional } : { name, kind });
const opts = (fields: Readonly<Record<string, ParamKind>>, name = "options", optional = true): ParamSpec =>
  optional ? { name, kind: "options", optional, fields } : { name, kind: "options", fields };

export const PUBLIC_FUNCTIONS: Readonly<Record<string, FunctionEntry>> = {
  // countries
  getCountry: { subpath: "./countries", lookup: true, params: [p("codeOrName", "country")] },
  getCountryOrThrow: { subpath: "./countries", params: [p("codeOrName", "country")] },
  latestPopulation: { subpath: "./countries", params: [p("code", "country"), opts({})] },
  // minerals
  getMineral: { subpath: "./minerals", lookup: true, params: [p("idOrName", "mineral")] },
  getMineralOrThrow: { subpath: "./minerals", params: [p("idOrName", "mineral")] },
  mineralsByTariffCode: { subpath: "./minerals", params: [p("code", "tariff-code")] },
  // lists
  getList: { subpath: "./lists", lookup: true, params: [p("id", "list")] },
  isOnList: { subpath: "./lists", params: [p("listId", "list"), p("mineral", "mineral")] },
  listsNaming: { subpath: "./lists", params: [p("mineral", "mineral")] },
  compareLists: { subpath: "./lists", params: [p("fromId", "list"), p("toId", "list")] },
  diffEditions: { subpath: "./lists", params: [p("fromId", "list"), p("toId", "list")] },
  listFamilies: { subpath: "./lists", params: [] },
  listHistory: { subpath: "./lists", params: [p("family", "list-family")] },
  wasOnList: { subpath: "./lists", params: [p("family", "list-family"), p("mineral", "mineral"), p("date", "day")] },
  criticalNow: { subpath: "./lists", params: [p("mineral", "mineral")] },
  currentLists: { subpath: "./lists", params: [] },
  changesIn: { subpath: "./lists", params: [p("family", "list-family"), p("year", "year")] },
  c5CriticalityNow: { subpath: ".", params: [] },
  c5ProductionOfList: { subpath: ".", params: [p("listId", "list")] },
  // figures
  supplyColumn: {
    subpath: "./figures",
    params: [opts({ mineral: "mineral", measure: "measure", year: "year", vintage: "vintage", form: "text" }, "selector", false)],
  },
  producerRanking: {
    subpath: "./figures",
    params: [opts({ mineral: "mineral", measure: "measure", year: "year", vintage: "vintage", form: "text" }, "selector", false)],
  },
  concentration: {
    subpath: "./figures",
    params: [opts({ mineral: "mineral", measure: "measure", year: "year", vintage: "vintage", form: "text" }, "selector", false)],
  },
  c5Share: {
    subpath: "./figures",
    params: [opts({ mineral: "mineral", measure: "measure", year: "year", vintage: "vintage", form: "text" }, "selector", false)],
  },
  worldShares: {
    subpath: "./figures",
    params: [p("country", "country"), p("mineral", "mineral"), opts({ measure: "measure", year: "year", vintage: "vintage" })],
  },
  productionProfile: { subpath: "./figures", params: [p("country", "country")] },
  figureSeries: {
    subpath: "./figures",
    params: [p("country", "country"), p("mineral", "mineral"), p("measure", "measure"), opts({ vintage: "vintage" })],
  },
  revisions: {
    subpath: "./figures",
    params: [
      p("country", "country"),
      p("mineral", "mineral"),
      p("measure", "measure"),
      p("year", "year"),
      opts({ form: "text" }),
    ],
  },
  latestFigures: { subpath: "./figures", params: [opts({ series: "series" })] },
  editionCoverage: { subpath: "./figures", params: [opts({ mineral: "mineral", series: "series" })] },
  editionCoverageMarkdown: { subpath: "./figures", params: [opts({ series: "series" })] },
  editionSeries: {
    subpath: "./figures",
    params: [
      p("country", "country"),
      p("mineral", "mineral"),
      p("measure", "measure"),
      opts({ form: "text", edition: "vintage", series: "series" }),
    ],
  },
  usImportsFromC5: { subpath: "./figures", params: [opts({ vintage: "vintage", uraniumYear: "year" })] },
  datasetFreshness: { subpath: ".", params: [] },
  // partnerships
  getPartnership: { subpath: "./partnerships", lookup: true, params: [p("id", "partnership")] },
  membersAsOf: { subpath: "./partnerships", params: [p("partnershipId", "partnership"), p("date", "partial-date")] },
  partnershipsOf: { subpath: "./partnerships", params: [p("party", "country"), p("date", "partial-date")] },
  timeline: {
    subpath: "./partnerships",
    params: [opts({ country: "country", partnership: "partnership", from: "partial-date", to: "partial-date" }, "filter")],
  },
  // corridors
  getCorridor: { subpath: "./corridors", lookup: true, params: [p("id", "corridor")] },
  getCorridorNode: { subpath: "./corridors", lookup: true, params: [p("idOrName", "corridor-node")] },
  getCorridorLeg: { subpath: "./corridors", lookup: true, params: [p("id", "corridor-leg")] },
  corridorsThrough: { subpath: "./corridors", params: [p("country", "country")] },
  corridorAvoids: { subpath: "./corridors", params: [p("corridorId", "corridor"), p("countries", "countries")] },
  findRoutes: {
    subpath: "./corridors",
    params: [
      p("from", "place"),
      p("to", "place"),
      opts({
        avoidCountries: "countries",
        avoidModes: "array",
        maxRoutes: "number",
        rankBy: "text",
        via: "array",
        exitNodes: "array",
      }),
    ],
  },
  lengthCoverage: { subpath: "./corridors", params: [p("corridorId", "corridor", true), opts({ mode: "mode" })] },
  metricSeries: {
    subpath: "./corridors",
    params: [
      p("id", "corridor"),
      p("metric", "metric"),
      p("unit", "metric-unit"),
      p("kind", "metric-kind", true),
      p("mode", "mode", true),
    ],
  },
  greatCircleKm: { subpath: "./corridors", params: [p("a", "object"), p("b", "object")] },
  // facilities
  getFacility: { subpath: "./facilities", lookup: true, params: [p("id", "facility")] },
  getCompany: { subpath: "./facilities", lookup: true, params: [p("id", "company")] },
  getProject: { subpath: "./facilities", lookup: true, params: [p("id", "project")] },
  findFacilities: {
    subpath: "./facilities",
    params: [
      opts(
        {
          country: "country",
          mineral: "mineral",
          owner: "company",
          ultimateOwner: "company",
          ownerCountry: "country",
          exitNode: "corridor-node",
        },
        "filter",
      ),
    ],
  },
  controlOf: {
    subpath: "./facilities",
    params: [p("country", "country"), p("mineral", "mineral"), opts({ year: "year", ownersAsOf: "partial-date" })],
  },
  holdingsOf: { subpath: "./facilities", params: [p("companyId", "company"), p("date", "partial-date", true)] },
  ultimateHoldersOf: { subpath: "./facilities", params: [p("companyId", "company"), p("date", "partial-date", true)] },
  currentStatus: { subpath: "./facilities", params: [p("facility", "object")] },
  ownersOf: { subpath: "./facilities", params: [p("facility", "object"), p("date", "partial-date", true)] },
  parentChain: { subpath: "./facilities", params: [p("companyId", "company")] },
  subsidiariesOf: { subpath: "./facilities", params: [p("companyId", "company")] },
  projectsTimeline: {
    subpath: "./facilities",
    params: [opts({ country: "country", mineral: "mineral", partnerCountry: "country" }, "filter")],
  },
  routesFromFacility: { subpath: "./facilities", params: [p("facilityId", "facility"), p("to", "place"), opts({})] },
  // trade
  hsCodesOf: { subpath: "./trade", params: [p("mineral", "mineral"), opts({ stage: "text" })] },
  mineralsOfHsCode: { subpath: "./trade", params: [p("code", "tariff-code")] },
  buyersOf: {
    subpath: "./trade",
    params: [p("country", "country"), p("mineral", "mineral"), opts({ year: "year", source: "source", flows: "array" })],
  },
  buyerConcentration: {
    subpath: "./trade",
    params: [p("country", "country"), p("mineral", "mineral"), opts({ year: "year", source: "source", flows: "array" })],
  },
  blocShares: {
    subpath: "./trade",
    params: [
      p("country", "country"),
      p("mineral", "mineral"),
      opts({ year: "year", source: "source", flows: "array", euMembers: "countries" }),
    ],
  },
  suppliedBy: {
    subpath: "./trade",
    params: [p("country", "country"), p("mineral", "mineral"), opts({ year: "year", source: "source", flows: "array" })],
  },
  shareChanges: {
    subpath: "./trade",
    params: [
      p("reporter", "country"),
      p("partner", "country"),
      p("mineral", "mineral"),
      p("direction", "text"),
      opts({ flows: "array" }),
    ],
  },
  exportDestinations: { subpath: "./trade", params: [p("country", "country"), p("minerals", "array")] },
  // BACI
  importBaci: { subpath: "./baci", params: [p("file", "text"), opts({})] },
  parseBaciCountryCodes: { subpath: "./baci", params: [p("text", "text")] },
  // measures
  getMeasure: { subpath: "./measures", lookup: true, params: [p("id", "text")] },
  getPolicyEvent: { subpath: "./measures", lookup: true, params: [p("id", "text")] },
  measuresInForce: { subpath: "./measures", params: [p("country", "countries"), p("date", "day"), p("product", "text", true)] },
  policyTimeline: {
    subpath: "./measures",
    params: [p("country", "country"), opts({ mineral: "mineral", from: "partial-date", to: "partial-date" })],
  },
  measuresForFacility: { subpath: "./measures", params: [p("facilityId", "facility"), p("date", "day")] },
  measuresForRoute: { subpath: "./measures", params: [p("route", "object"), p("date", "day"), p("product", "text", true)] },
  // sources
  getSource: { subpath: "./sources", lookup: true, params: [p("id", "source")] },
  // utilities (root)
  deepFreeze: { subpath: ".", params: [p("value", "any")] },
  foldName: { subpath: ".", params: [p("name", "text")] },
  lazyIndex: { subpath: ".", params: [p("records", "array"), p("keys", "function")] },
  // schemas
  comparePartialDates: { subpath: "./schemas", params: [p("a", "partial-date"), p("b", "partial-date")] },
  partialDateSpan: { subpath: "./schemas", params: [p("date", "partial-date")] },
  certainlyBefore: { subpath: "./schemas", params: [p("a", "partial-date"), p("b", "partial-date")] },
  uniqueArray: { subpath: "./schemas", params: [p("item", "object"), p("what", "text")] },
  // validate
  CsvError: { subpath: "./validate", construct: true, params: [p("message", "text"), p("line", "number")] },
  parseCsv: { subpath: "./validate", params: [p("text", "text")] },
  formatCsv: { subpath: "./validate", params: [p("rows", "array")] },
  readCsvRecords: { subpath: "./validate", params: [p("text", "text"), opts({ onExtraCells: "function" })] },
  isEntityName: { subpath: "./validate", params: [p("name", "text")] },
  flattenRecord: { subpath: "./validate", params: [p("record", "object")] },
  flatColumns: { subpath: "./validate", params: [p("records", "array")] },
  unflattenRecord: { subpath: "./validate", params: [p("entity", "entity"), p("row", "object")] },
  checkIntegrity: { subpath: "./validate", params: [p("c", "object"), opts({})] },
  checkFacilityIntegrity: { subpath: "./validate", params: [p("c", "object")] },
  checkHsCodes: { subpath: "./validate", params: [p("records", "array"), p("against", "object")] },
  checkTradeFlows: { subpath: "./validate", params: [p("records", "array"), p("against", "object")] },
  checkMeasureIntegrity: { subpath: "./validate", params: [p("c", "object")] },
  checkImportDependence: { subpath: "./validate", params: [p("records", "array"), p("against", "object")] },
  checkEditions: { subpath: "./validate", params: [p("editions", "array"), p("against", "object")] },
  validateRecord: { subpath: "./validate", params: [p("entity", "entity"), p("value", "any")] },
  validateCollection: { subpath: "./validate", params: [p("entity", "entity"), p("values", "any"), opts({ label: "text" })] },
  validateStream: {
    subpath: "./validate",
    params: [p("entity", "entity"), p("input", "iterable"), opts({ format: "text", maxIssues: "number" }, "options", false)],
  },
  formatIssues: { subpath: "./validate", params: [p("issues", "array"), opts({ max: "number" })] },
  columnSums: { subpath: "./validate", params: [p("table", "object"), p("figures", "array")] },
  figuresFromTable: { subpath: "./validate", params: [p("input", "object")] },
  parseUsgsCell: { subpath: "./usgs", params: [p("printed", "text")] },
  isCellProblem: { subpath: "./usgs", params: [p("cell", "object")] },
  // usgs
  importUsgsCsv: {
    subpath: "./usgs",
    params: [p("input", "bytes-or-text"), opts({ mineral: "mineral", units: "object" }, "options", false)],
  },
  decodeWindows1252: { subpath: "./usgs", params: [p("bytes", "any")] },
};
