// Each command's name and one-line summary, as `c5-minerals --help` lists them. Its own module, so that
// the command index (which loads commands) and the commands (which show their summary in their help)
// both read it without importing each other.

/** Every command's summary, in the order `c5-minerals --help` lists them. */
export const COMMAND_SUMMARIES = {
  overview: "print what the package holds and what the C5 produce",
  validate: "check a JSON, NDJSON or CSV file against an entity's schema",
  query: "answer questions from the datasets (`query --help` lists them)",
  lists: "critical-mineral lists over time: history, diff, on-a-date, critical now",
  editions: "the USGS editions held and which tables each has (coverage by mineral)",
  export: "write the datasets as JSON, CSV or GeoJSON",
  "import-usgs": "read a USGS MCS data-release CSV into figures",
  "import-baci": "keep the C5's mineral flows from a CEPII BACI yearly file",
} as const;

/** A command's name. */
export type CommandName = keyof typeof COMMAND_SUMMARIES;

/** A command's one-line summary, as `--help` lists it. */
export function summaryOf(name: CommandName): string {
  return COMMAND_SUMMARIES[name];
}
