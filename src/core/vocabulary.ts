// The package's closed vocabularies, written once. The schemas build their zod enums from these lists,
// and the zod-free queries, resolvers and CLI check arguments against the same lists, so a value added
// here is accepted everywhere at once. This file imports nothing.

/** The five Central Asian states of the C5+1 format, by ISO 3166-1 alpha-2 code. */
export const C5_COUNTRY_CODES = Object.freeze(["KZ", "KG", "TJ", "TM", "UZ"] as const);
/** Units of a figure. */
export const UNITS = Object.freeze(["kg", "t", "kt", "Mt", "tU", "million-m3"] as const);
/** What a figure measures. */
export const MEASURES = Object.freeze([
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
  "reserves",
  "capacity",
] as const);
/** On what basis a quantity is weighed. */
export const BASES = Object.freeze(["gross-weight", "contained", "oxide-equivalent", "product"] as const);
/** How a source presents a value. */
export const FIGURE_STATUSES = Object.freeze([
  "reported",
  "estimated",
  "withheld",
  "not-available",
  "not-applicable",
  "zero",
  "less-than-half-unit",
  "reported-or-estimated",
] as const);
/** How cargo moves along a corridor leg. */
export const TRANSPORT_MODES = Object.freeze(["rail", "road", "ferry", "sea"] as const);
/** Whether a corridor or leg carries traffic today. */
export const INFRASTRUCTURE_STATUSES = Object.freeze(["operating", "under-construction", "planned"] as const);
/** What a corridor metric measures. */
export const METRIC_NAMES = Object.freeze([
  "cargo-volume",
  "container-volume",
  "transit-time",
  "length",
  "design-capacity",
  "current-capacity",
  "speed",
  "border-crossing-time",
  "border-crossing-cost",
  "port-handling-time",
  "ferry-waiting-time",
  "gauge-change-time",
] as const);
/** Whether a corridor metric's value happened (outturn) or is expected (forecast, target). */
export const METRIC_KINDS = Object.freeze(["outturn", "forecast", "target"] as const);
/** Units of corridor metrics. */
export const CORRIDOR_METRIC_UNITS = Object.freeze([
  "Mt",
  "t",
  "TEU",
  "days",
  "hours",
  "km",
  "Mt/yr",
  "TEU/yr",
  "TEU/day",
  "containers/yr",
  "train-pairs/day",
  "km/day",
  "USD",
] as const);
/** The units each corridor metric may be given in. */
export const METRIC_UNITS_BY_METRIC = Object.freeze({
  "cargo-volume": ["Mt", "t"],
  "container-volume": ["TEU"],
  "transit-time": ["days", "hours"],
  length: ["km"],
  "design-capacity": ["Mt/yr", "TEU/yr", "TEU/day", "containers/yr", "train-pairs/day"],
  "current-capacity": ["Mt/yr", "TEU/yr", "TEU/day", "containers/yr", "train-pairs/day"],
  speed: ["km/day"],
  "border-crossing-time": ["hours"],
  "border-crossing-cost": ["USD"],
  "port-handling-time": ["hours", "days"],
  "ferry-waiting-time": ["hours", "days"],
  "gauge-change-time": ["hours"],
} as const);
/** How corridor-metric units convert: each unit's base unit and its factor to it. */
export const METRIC_UNIT_FACTORS = Object.freeze({
  t: { base: "t", factor: 1 },
  Mt: { base: "t", factor: 1_000_000 },
  hours: { base: "hours", factor: 1 },
  days: { base: "hours", factor: 24 },
} as const);
/** Kinds of publication a source record describes. */
export const SOURCE_KINDS = Object.freeze([
  "statistics",
  "dataset",
  "official-statement",
  "law",
  "report",
  "news",
  "reference",
] as const);

/** The metric tons one unit of a mass unit stands for (tU counts tonnes of contained uranium). */
export const TONNES_PER_UNIT = Object.freeze({ kg: 0.001, t: 1, kt: 1_000, Mt: 1_000_000, tU: 1 } as const);
/**
 * Kinds of trade measure: the OECD inventory's types (export-prohibition ... customs-clearance-restriction),
 * then the package's additions (pre-emptive-right, domestic-processing-requirement, exclusive-trading-right).
 */
export const TRADE_MEASURE_KINDS = Object.freeze([
  "export-prohibition",
  "export-quota",
  "export-tax",
  "licensing-requirement",
  "minimum-export-price",
  "captive-mining",
  "customs-clearance-restriction",
  "pre-emptive-right",
  "domestic-processing-requirement",
  "exclusive-trading-right",
] as const);
/** What a measure or policy event rests on, strongest first. */
export const EVIDENCE_KINDS = Object.freeze(["act", "official-release", "tracker", "legal-commentary", "news"] as const);
/** Kinds of law and policy event. */
export const POLICY_EVENT_KINDS = Object.freeze([
  "subsoil-law",
  "subsoil-law-amendment",
  "mining-tax",
  "precious-metals-law",
  "nationalisation",
  "court-decision",
  "settlement",
  "licensing-moratorium",
  "licensing-rule",
  "strategy",
  "discovery-claim",
  "eiti",
] as const);
/** What a policy event's date is. */
export const EVENT_DATE_KINDS = Object.freeze([
  "signed",
  "adopted",
  "in-force",
  "decided",
  "announced",
  "completed",
  "published",
  "began",
] as const);
