// Valid samples of every entity, shared by the schema tests and the JSON Schema parity test.
// Values are illustrative test inputs, not package data.
import type {
  Corridor,
  CorridorLeg,
  CorridorNode,
  Country,
  CriticalMineralList,
  Event,
  Figure,
  FigureTable,
  Mineral,
  Partnership,
  Source,
} from "../../src/schemas/index.js";

export const source: Source = {
  id: "sample-source",
  title: "Sample statistics",
  publisher: "Sample agency",
  url: "https://example.org/stats.pdf",
  published: "2025-01",
  kind: "statistics",
};

export const country: Country = {
  alpha2: "KZ",
  alpha3: "KAZ",
  numeric: "398",
  name: "Sampleland",
  aliases: ["Sample"],
  profile: {
    region: "Central Asia",
    regionSource: "sample-source",
    capital: {
      name: "Capital",
      coordinates: { lat: 51.1, lon: 71.4 },
      formerNames: [{ name: "Old", until: "2022", source: "sample-source" }],
      source: "sample-source",
    },
    landlocked: "landlocked",
    borders: [{ country: "KG", lengthKm: 100 }],
    bordersSource: "sample-source",
    area: { totalKm2: 1000, landKm2: 900, waterKm2: 100, source: "sample-source" },
    population: [{ value: 1000, year: 2024, estimate: true, source: "sample-source" }],
    currency: { code: "KZT", name: "Tenge", source: "sample-source" },
    names: { en: "Sampleland", kk: "S", ky: "S", ru: "S", tg: "S", tk: "S", uz: "S", "uz-Cyrl": "S", zh: "S" },
    namesSource: "sample-source",
  },
  sources: ["sample-source"],
};

export const mineral: Mineral = {
  id: "sample-group",
  name: "Sample group",
  aliases: [],
  kind: "element-group",
  symbols: ["Nd", "Pr"],
  members: ["Nd", "Pr"],
  tariffCodes: [
    { system: "HS", code: "2805.30", edition: "HS2022", item: "Rare-earth metals", shared: true, source: "sample-source" },
  ],
  sources: ["sample-source"],
};

export const list: CriticalMineralList = {
  id: "sample-list",
  title: "Sample list",
  issuer: "Sample agency",
  jurisdiction: "US",
  kind: "critical",
  family: "sample-family",
  stage: "final",
  date: "2022-02-24",
  dates: { proposed: "2021-11-09", adopted: null, published: "2022-02-24", inForce: null, superseded: null },
  legalReference: "87 FR 10381",
  statedCount: 2,
  entries: [
    { name: "Nickel", minerals: ["nickel"] },
    { name: "Rare earths", minerals: ["rare-earths"] },
  ],
  wording: "issuer",
  source: "sample-source",
};

export const figure: Figure = {
  country: "KZ",
  mineral: "chromium",
  measure: "mine-production",
  basis: "gross-weight",
  form: "marketable chromite ore",
  year: 2024,
  value: 6500,
  unit: "kt",
  status: "estimated",
  printed: "6,500",
  source: "sample-source",
  table: "sample-table",
  vintage: "usgs-mcs-2025",
};

export const figureTable: FigureTable = {
  id: "sample-table",
  source: "sample-source",
  vintage: "usgs-mcs-2025",
  mineral: "chromium",
  title: "World mine production",
  unitNote: "Thousand metric tons, gross weight.",
  c5Listed: ["KZ"],
  c5NotListed: ["KG", "TJ", "TM", "UZ"],
  sumTolerance: 100,
};

export const partnership: Partnership = {
  id: "sample-dialogue",
  name: "Sample dialogue",
  aliases: [],
  kind: "dialogue",
  parent: "sample-format",
  announced: "2023-09-19",
  launched: "2024-02-08",
  summary: "A sample.",
  focusMinerals: ["chromium"],
  members: [
    { party: "US", joined: "2024-02-08", source: "sample-source" },
    { party: "EU", joined: "2024-03", left: "2025", source: "sample-source" },
  ],
  sources: ["sample-source"],
};

export const event: Event = {
  id: "sample-meeting",
  name: "Sample meeting",
  kind: "meeting",
  date: "2024-02-08",
  endDate: "2024-02-09",
  place: { city: "Washington", country: "US" },
  participants: ["US", "KZ"],
  partnerships: ["sample-dialogue"],
  outcomes: ["Agreed on aims."],
  sources: ["sample-source"],
};

export const node: CorridorNode = {
  id: "sample-port",
  name: "Sample port",
  aliases: [],
  kind: "seaport",
  country: "KZ",
  coordinates: { lat: 43.6, lon: 51.2 },
  sources: ["sample-source"],
};

export const leg: CorridorLeg = {
  id: "sample-leg",
  from: "sample-port",
  to: "other-port",
  mode: "ferry",
  status: "operating",
  lengthKm: [
    { value: 300, preferred: true, source: "sample-source" },
    { value: 340, source: "sample-source" },
  ],
  sources: ["sample-source"],
};

export const corridor: Corridor = {
  id: "sample-corridor",
  name: "Sample corridor",
  aliases: ["Sample route"],
  status: "operating",
  countries: ["CN", "KZ", "AZ"],
  legs: ["sample-leg"],
  bypasses: ["RU"],
  metrics: [{ metric: "cargo-volume", kind: "outturn", year: 2024, value: 4.5, unit: "Mt", source: "sample-source" }],
  summary: "A sample.",
  sources: ["sample-source"],
};
