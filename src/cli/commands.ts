import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { corridorLegs, corridorNodes, corridors, getCorridor } from "../datasets/corridors.js";
import { countries, getCountry } from "../datasets/countries.js";
import { figures, figureTables } from "../datasets/figures.js";
import { criticalMineralLists, getList } from "../datasets/lists.js";
import { elements, getMineral, minerals } from "../datasets/minerals.js";
import { events, getPartnership, partnerships } from "../datasets/partnerships.js";
import { sources } from "../datasets/sources.js";
import { concentration, producerRanking } from "../queries/concentration.js";
import { listsNaming } from "../queries/lists.js";
import { membersAsOf } from "../queries/membership.js";
import { findRoutes } from "../queries/routes.js";
import { type ColumnSelector, PRODUCTION_MEASURES, productionProfile } from "../queries/supply.js";
import { type TimelineFilter, timeline } from "../queries/timeline.js";
import { TransportMode } from "../schemas/corridor.js";
import { Basis, Measure, Unit } from "../schemas/figure.js";
import { type ImportOptions, importUsgsCsv } from "../usgs/import.js";
import { ENTITY_NAMES, isEntityName } from "../validate/entities.js";
import { formatIssues, validateCollection } from "../validate/validate.js";
import { InputError, UsageError } from "./errors.js";
import { DATASET_NAMES, type ExportFormat, exportDataset } from "./export.js";
import { queryFacilities } from "./query-facilities.js";
import { DEFAULT_MAX_BYTES, formatOf, readBytes, readRecords } from "./read.js";

/** What a command prints and the exit code it asks for. */
export interface Outcome {
  stdout: string;
  stderr?: string;
  code: 0 | 1 | 2;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Outcome;
}

interface ParsedArgs {
  positionals: string[];
  /** A string option's value. */
  str(name: string): string | undefined;
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
  /** Every value of a repeatable string option. */
  all(name: string): string[];
}

function parse(
  args: string[],
  options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>,
): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" }, json: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, "."));
  }
  const { values, positionals } = parsed;
  return {
    positionals,
    str: (name) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
    flag: (name) => values[name] === true,
    all: (name) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
  };
}

/** The --max-bytes option, checked. */
function maxBytesOf(o: ParsedArgs): number {
  const given = o.str("max-bytes");
  if (given === undefined) return DEFAULT_MAX_BYTES;
  const n = Number(given);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError("--max-bytes takes a positive whole number");
  return n;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const pct = (share: number | null) => (share === null ? "n/a" : `${(share * 100).toFixed(1)}%`);
const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;

function help(command: Command): Outcome {
  return { stdout: `${command.usage}\n`, code: 0 };
}

const validate: Command = {
  name: "validate",
  summary: "check a JSON, NDJSON or CSV file against an entity's schema",
  usage: `Usage: c5-minerals validate <file> --as <entity> [options]

Checks every record in <file> against the schema of <entity>. Exit code 0 when every record is valid,
1 when any is not (each problem is printed with its path), 2 for a usage error.

Entities: ${ENTITY_NAMES.join(", ")}

Options:
  --as <entity>       the entity the records are (required)
  --format <f>        json, ndjson or csv (default: from the file extension)
  --integrity         also check unique ids and that references resolve (against the package's data)
  --max-bytes <n>     refuse files larger than this (default ${DEFAULT_MAX_BYTES})
  --json              print the result as JSON
  -h, --help          show this help

CSV files are flat: nested fields are dotted columns (coordinates.lat), lists are joined with |.`,
  run(args) {
    const o = parse(args, {
      as: { type: "string" },
      format: { type: "string" },
      integrity: { type: "boolean" },
      "max-bytes": { type: "string" },
    });
    if (o.flag("help")) return help(this);
    const file = o.positionals[0];
    if (file === undefined || o.positionals.length > 1)
      throw new UsageError("validate takes exactly one file; see c5-minerals validate --help");
    const entity = o.str("as");
    if (entity === undefined) throw new UsageError(`validate needs --as <entity>, one of: ${ENTITY_NAMES.join(", ")}`);
    if (!isEntityName(entity)) throw new UsageError(`Unknown entity '${entity}'. Use one of: ${ENTITY_NAMES.join(", ")}`);
    const maxBytes = maxBytesOf(o);
    const read = readRecords(file, formatOf(file, o.str("format")), entity, maxBytes);
    const against = {
      sources,
      countries,
      minerals,
      lists: criticalMineralLists,
      partnerships,
      nodes: corridorNodes,
      legs: corridorLegs,
    };
    const result = validateCollection(entity, read.records, {
      integrity: o.flag("integrity") ? against : false,
      ...(read.single ? { label: entity } : {}),
    });
    if (!result.ok && read.single) for (const issue of result.issues) issue.path = issue.path.replace(`${entity}[0]`, entity);
    const lineOf = (record: number | undefined) =>
      record === undefined || read.lines === undefined ? undefined : read.lines[record];
    if (o.flag("json")) {
      const issues = result.ok
        ? []
        : result.issues.map((i) => ({ ...i, ...(lineOf(i.record) ? { line: lineOf(i.record) } : {}) }));
      return { stdout: json({ valid: result.ok, records: read.records.length, issues }), code: result.ok ? 0 : 1 };
    }
    if (result.ok)
      return {
        stdout: `${file}: ${read.records.length} valid ${entity} record${read.records.length === 1 ? "" : "s"}\n`,
        code: 0,
      };
    const issues = result.issues.map((i) =>
      lineOf(i.record) === undefined ? i : { ...i, path: `line ${lineOf(i.record)}: ${i.path}` },
    );
    return {
      stdout: "",
      stderr: `${file}: ${result.issues.length} problem${result.issues.length === 1 ? "" : "s"} in ${read.records.length} record${read.records.length === 1 ? "" : "s"}\n${formatIssues(issues)}\n`,
      code: 1,
    };
  },
};

const query: Command = {
  name: "query",
  summary: "answer common questions: country, mineral, list, members, route, timeline, facilities",
  usage: `Usage: c5-minerals query <question> [arguments] [options]

Questions:
  country <code|name>                 a country's profile and what it produces
  mineral <id> [--measure m] [--year y] [--vintage v] [--form f]
                                      producers, world shares and concentration
  lists <mineral-id>                  the critical-mineral lists that name a mineral
  list <list-id>                      a list's entries
  members <partnership-id> [--date YYYY-MM-DD]
                                      members of a partnership on a date (default today)
  route <from> <to> [--avoid RU,IR] [--avoid-modes road,sea] [--max n]
                                      routes over the corridor graph (node id, country code or C5)
  timeline [--country c] [--partnership p] [--from d] [--to d]
                                      events in date order
  facilities [list|show|control|projects|route] ...
                                      mines and plants, who controls them, projects, routes
                                      (see c5-minerals query facilities --help)

Options:
  --json              print the answer as JSON
  -h, --help          show this help`,
  run(args) {
    if (args[0] === "facilities") return queryFacilities(args.slice(1));
    const o = parse(args, {
      measure: { type: "string" },
      year: { type: "string" },
      vintage: { type: "string" },
      form: { type: "string" },
      date: { type: "string" },
      avoid: { type: "string" },
      "avoid-modes": { type: "string" },
      max: { type: "string" },
      country: { type: "string" },
      partnership: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
    });
    if (o.flag("help") || o.positionals.length === 0) return help(this);
    const [question, ...rest] = o.positionals;
    const out = (value: unknown, text: string): Outcome => ({ stdout: o.flag("json") ? json(value) : `${text}\n`, code: 0 });
    const one = (what: string) => {
      const v = rest[0];
      if (v === undefined || rest.length > 1)
        throw new UsageError(`query ${question} takes one ${what}; see c5-minerals query --help`);
      return v;
    };
    switch (question) {
      case "country": {
        const c = getCountry(one("country code or name"));
        if (c === undefined) throw new InputError(`No country matches '${rest[0]}'`);
        const produced = productionProfile(c.alpha2);
        const lines = [`${c.name} (${c.alpha2}, ${c.alpha3}, ${c.numeric})`];
        if (c.profile) {
          lines.push(
            `  capital: ${c.profile.capital.name}; region: ${c.profile.region}; ${c.profile.landlocked === "none" ? "has a sea coast" : c.profile.landlocked}`,
          );
          lines.push(`  borders: ${c.profile.borders.map((b) => b.country).join(", ")}; currency: ${c.profile.currency.code}`);
        }
        for (const s of produced)
          lines.push(
            `  ${s.figure.mineral} ${s.figure.measure} ${s.figure.year}: ${s.figure.value ?? s.figure.status} ${s.figure.unit} (${s.figure.form ?? s.figure.basis}), ${pct(s.share)} of world [${s.figure.vintage}]`,
          );
        return out({ country: c, production: produced }, lines.join("\n"));
      }
      case "mineral": {
        const id = one("mineral id");
        if (getMineral(id) === undefined) throw new InputError(`No mineral '${id}'`);
        if (o.str("measure") !== undefined && !Measure.safeParse(o.str("measure")).success)
          throw new UsageError(`--measure is one of ${Measure.options.join(", ")}`);
        const year = o.str("year") === undefined ? undefined : Number(o.str("year"));
        if (year !== undefined && !Number.isInteger(year)) throw new UsageError("--year takes a year such as 2024");
        const selector: ColumnSelector = { mineral: id };
        const measure = o.str("measure");
        const vintage = o.str("vintage");
        const form = o.str("form");
        if (measure !== undefined) selector.measure = measure as Measure;
        if (year !== undefined) selector.year = year;
        if (vintage !== undefined) selector.vintage = vintage;
        if (form !== undefined) selector.form = form;
        let ranking: ReturnType<typeof producerRanking>;
        try {
          ranking = producerRanking(selector);
        } catch (error) {
          throw new InputError((error as Error).message);
        }
        const conc = concentration(selector);
        const c = ranking.column;
        const lines = [
          `${id} ${c.measure} ${c.year} (${c.unit}, ${c.basis}${c.form ? `, ${c.form}` : ""}) from ${c.source} [${c.vintage}]`,
          `  world total: ${ranking.worldTotal ?? "n/a"}${ranking.worldExcludes.length ? ` (excludes ${ranking.worldExcludes.join(", ")})` : ""}; named countries cover ${pct(ranking.coverage)}`,
          ...ranking.ranked.map(
            (r) =>
              `  ${String(r.rank).padStart(2)}. ${r.figure.country} ${r.figure.value}${r.figure.status === "estimated" ? "e" : ""} ${pct(r.share)}`,
          ),
          ...ranking.unranked.map((f) => `   -  ${f.country} ${f.status}`),
          `  HHI ${conc.hhi === null ? "n/a" : Math.round(conc.hhi)}; top-1 ${pct(conc.top1Share)}; top-3 ${pct(conc.top3Share)}; China ${pct(conc.chinaShare)}`,
        ];
        return out({ ranking, concentration: conc }, lines.join("\n"));
      }
      case "lists": {
        const id = one("mineral id");
        const found = listsNaming(id);
        return out(
          found.map((f) => ({ list: f.list.id, entry: f.entry })),
          found.length === 0 ? `No list names '${id}'` : found.map((f) => `${f.list.id} (${f.list.date}): ${f.entry}`).join("\n"),
        );
      }
      case "list": {
        const l = getList(one("list id"));
        if (l === undefined)
          throw new InputError(`No list '${rest[0]}'. Known lists: ${criticalMineralLists.map((x) => x.id).join(", ")}`);
        return out(
          l,
          [
            `${l.title} (${l.issuer}, ${l.date}, ${l.legalReference}): ${l.statedCount} entries`,
            ...l.entries.map((e) => `  ${e.name} -> ${e.minerals.join(", ")}`),
          ].join("\n"),
        );
      }
      case "members": {
        const id = one("partnership id");
        if (getPartnership(id) === undefined)
          throw new InputError(`No partnership '${id}'. Known: ${partnerships.map((p) => p.id).join(", ")}`);
        const date = o.str("date") ?? new Date().toISOString().slice(0, 10);
        let members: ReturnType<typeof membersAsOf>;
        try {
          members = membersAsOf(id, date);
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        return out(members, `${id} on ${date}: ${members.map((m) => m.party).join(", ") || "no members"}`);
      }
      case "route": {
        const [from, to, ...extra] = rest;
        if (from === undefined || to === undefined || extra.length > 0)
          throw new UsageError("query route takes <from> <to>; see c5-minerals query --help");
        const avoidModes =
          o
            .str("avoid-modes")
            ?.split(",")
            .filter((m) => m !== "") ?? [];
        for (const m of avoidModes)
          if (!TransportMode.safeParse(m).success)
            throw new UsageError(`--avoid-modes takes ${TransportMode.options.join(", ")}; got '${m}'`);
        const max = o.str("max") === undefined ? 3 : Number(o.str("max"));
        if (!Number.isInteger(max) || max < 1 || max > 50) throw new UsageError("--max takes a whole number from 1 to 50");
        let routes: ReturnType<typeof findRoutes>;
        try {
          routes = findRoutes(from, to, {
            avoidCountries:
              o
                .str("avoid")
                ?.split(",")
                .filter((c) => c !== "") ?? [],
            avoidModes: avoidModes as TransportMode[],
            maxRoutes: max,
          });
        } catch (error) {
          throw new InputError((error as Error).message);
        }
        const text =
          routes.length === 0
            ? `No route from ${from} to ${to} with these constraints`
            : routes
                .map(
                  (r, i) =>
                    `${i + 1}. ${r.nodes.map((n) => n.id).join(" > ")}\n   ${Math.round(r.distanceKm)} km (${Math.round(r.sourcedKm)} km sourced), countries ${r.countries.join(" > ")}, ${r.borderCrossings} border and ${r.seaCrossings} sea crossing(s)`,
                )
                .join("\n");
        return out(routes, text);
      }
      case "timeline": {
        if (rest.length > 0) throw new UsageError("query timeline takes only options; see c5-minerals query --help");
        const filter: TimelineFilter = {};
        for (const key of ["country", "partnership", "from", "to"] as const) {
          const value = o.str(key);
          if (value !== undefined) filter[key] = value;
        }
        const list = timeline(filter);
        return out(
          list,
          list.map((e) => `${e.date}  ${e.name}${e.place?.city ? ` (${e.place.city})` : ""}`).join("\n") || "No events match",
        );
      }
      default:
        throw new UsageError(`Unknown question '${question}'; see c5-minerals query --help`);
    }
  },
};

const exportCommand: Command = {
  name: "export",
  summary: "write the datasets as JSON, CSV or GeoJSON",
  usage: `Usage: c5-minerals export --format json|csv|geojson [--dataset name] [--out file]

Writes one dataset (default: figures; geojson: corridors) to --out or to standard output.
Datasets: ${DATASET_NAMES.join(", ")} (geojson: corridors and facilities only)

Options:
  --format <f>        json, csv or geojson (required)
  --dataset <name>    the dataset to write
  --out <file>        write to a file instead of standard output
  -h, --help          show this help`,
  run(args) {
    const o = parse(args, {
      format: { type: "string" },
      dataset: { type: "string" },
      out: { type: "string" },
    });
    if (o.flag("help")) return help(this);
    if (o.positionals.length > 0) throw new UsageError("export takes only options; see c5-minerals export --help");
    const format = o.str("format");
    if (format !== "json" && format !== "csv" && format !== "geojson")
      throw new UsageError("export needs --format json, csv or geojson");
    const dataset = o.str("dataset") ?? (format === "geojson" ? "corridors" : "figures");
    const text = exportDataset(dataset, format as ExportFormat);
    const outFile = o.str("out");
    if (outFile !== undefined) {
      try {
        writeFileSync(outFile, text);
      } catch (error) {
        throw new InputError(`Cannot write '${outFile}': ${(error as Error).message}`);
      }
      return { stdout: `wrote ${outFile}\n`, code: 0 };
    }
    return { stdout: text, code: 0 };
  },
};

const importUsgs: Command = {
  name: "import-usgs",
  summary: "read a USGS MCS data-release CSV into figures",
  usage: `Usage: c5-minerals import-usgs <csv> --mineral <id> [options]

Reads a USGS Mineral Commodity Summaries data-release CSV (wide 2022-2025 or long 2026 layout) and
prints the figures it could read as JSON. Every cell it cannot interpret is listed on standard error;
the exit code is then 1.

Options:
  --mineral <id>      the mineral the file is about (required)
  --vintage <id>      edition id (default from the Source column, e.g. usgs-mcs-2024)
  --source <id>       source id to cite (default <vintage>-data-release)
  --basis <b>         basis when the file does not say (${Basis.options.join(", ")})
  --unit <abbr=unit>  read a header unit abbreviation as a unit, e.g. mt=Mt (repeatable)
  --max-bytes <n>     refuse files larger than this (default ${DEFAULT_MAX_BYTES})
  -h, --help          show this help`,
  run(args) {
    const o = parse(args, {
      mineral: { type: "string" },
      vintage: { type: "string" },
      source: { type: "string" },
      basis: { type: "string" },
      unit: { type: "string", multiple: true },
      "max-bytes": { type: "string" },
    });
    if (o.flag("help")) return help(this);
    const file = o.positionals[0];
    if (file === undefined || o.positionals.length > 1) throw new UsageError("import-usgs takes exactly one CSV file");
    const mineral = o.str("mineral");
    if (mineral === undefined) throw new UsageError("import-usgs needs --mineral <id>");
    if (getMineral(mineral) === undefined) throw new UsageError(`Unknown mineral '${mineral}'`);
    const basis = o.str("basis");
    if (basis !== undefined && !Basis.safeParse(basis).success)
      throw new UsageError(`--basis is one of ${Basis.options.join(", ")}`);
    const units: Record<string, Unit> = {};
    for (const pair of o.all("unit")) {
      const [abbr, unit] = pair.split("=");
      if (abbr === undefined || unit === undefined || !Unit.safeParse(unit).success)
        throw new UsageError(`--unit takes abbr=unit with unit one of ${Unit.options.join(", ")}; got '${pair}'`);
      units[abbr] = unit as Unit;
    }
    const bytes = readBytes(file, maxBytesOf(o));
    let result: ReturnType<typeof importUsgsCsv>;
    try {
      const options: ImportOptions = { mineral, units };
      const vintage = o.str("vintage");
      const source = o.str("source");
      if (vintage !== undefined) options.vintage = vintage;
      if (source !== undefined) options.source = source;
      if (basis !== undefined) options.basis = basis as Basis;
      result = importUsgsCsv(bytes, options);
    } catch (error) {
      throw new InputError(`${file}: ${(error as Error).message}`);
    }
    const problems = result.problems.map(
      (p) =>
        `${file} line ${p.line}${p.column ? `, ${p.column}` : ""}${p.value !== undefined ? ` (${JSON.stringify(p.value)})` : ""}: ${p.reason}`,
    );
    return {
      stdout: json(o.flag("json") ? result : result.figures),
      ...(problems.length ? { stderr: `${problems.length} cell(s) not interpreted:\n${problems.join("\n")}\n` } : {}),
      code: problems.length ? 1 : 0,
    };
  },
};

const overview: Command = {
  name: "overview",
  summary: "print what the package holds and what the C5 produce",
  usage: `Usage: c5-minerals overview [--json]

Prints the size of every dataset and, for each C5 state, the minerals it produces according to the
package's figures with the newest year and world share.`,
  run(args) {
    const o = parse(args, {});
    if (o.flag("help")) return help(this);
    const counts = {
      sources: sources.length,
      countries: countries.length,
      minerals: minerals.length,
      elements: elements.length,
      lists: criticalMineralLists.length,
      figureTables: figureTables.length,
      figures: figures.length,
      partnerships: partnerships.length,
      events: events.length,
      corridors: corridors.length,
      corridorNodes: corridorNodes.length,
      corridorLegs: corridorLegs.length,
    };
    const c5 = Object.fromEntries(
      C5.map((code) => [code, productionProfile(code).filter((s) => PRODUCTION_MEASURES.includes(s.figure.measure))]),
    );
    if (o.flag("json")) return { stdout: json({ counts, production: c5 }), code: 0 };
    const lines = [
      "c5-minerals: critical minerals of Central Asia, as sourced data",
      "",
      ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(14)} ${v}`),
      "",
      "What the C5 produce (newest vintage and year; share of world total in the same source table):",
    ];
    for (const code of C5) {
      const c = getCountry(code);
      lines.push(`  ${c.name}`);
      const rows = c5[code] ?? [];
      if (rows.length === 0) lines.push("    (no production table in the package names it)");
      for (const s of rows)
        lines.push(
          `    ${s.figure.mineral.padEnd(12)} ${String(s.figure.year)} ${String(s.figure.value ?? s.figure.status).padStart(8)} ${s.figure.unit.padEnd(3)} ${pct(s.share).padStart(6)}  ${s.figure.form ?? ""}`,
        );
    }
    lines.push(
      "",
      `Corridors: ${corridors.map((c) => getCorridor(c.id)?.name).join("; ")}`,
      "Run `c5-minerals --help` for commands.",
    );
    return { stdout: `${lines.join("\n")}\n`, code: 0 };
  },
};

export const COMMANDS: readonly Command[] = [overview, validate, query, exportCommand, importUsgs];
