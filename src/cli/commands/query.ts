import { MEASURES, TRANSPORT_MODES } from "../../core/vocabulary.js";
import { getCountry } from "../../datasets/countries.js";
import { criticalMineralLists, getList } from "../../datasets/lists.js";
import { getMineral } from "../../datasets/minerals.js";
import { getPartnership, partnerships } from "../../datasets/partnerships.js";
import { concentration, producerRanking } from "../../queries/concentration.js";
import { listsNaming } from "../../queries/lists.js";
import { membersAsOf } from "../../queries/membership.js";
import { findRoutes } from "../../queries/routes.js";
import { type ColumnSelector, productionProfile } from "../../queries/supply.js";
import { type TimelineFilter, timeline } from "../../queries/timeline.js";
import type { TransportMode } from "../../schemas/corridor.js";
import type { Measure } from "../../schemas/figure.js";
import { type Command, help, json, type OptionSpec, type Outcome, type ParsedArgs, parse, pct } from "../command.js";
import { summaryOf } from "../command-index.js";
import { InputError, UsageError } from "../errors.js";
import { facilitiesKind } from "../query-facilities.js";
import { revisionsKind } from "../query-revisions.js";
import { measuresKind } from "./query/measures.js";

/** What a query kind is given: its arguments after the kind's name, and the parsed options. */
export interface QueryContext {
  /** The kind's name, as typed. */
  question: string;
  /** The positional arguments after the kind's name. */
  rest: string[];
  /** The parsed options (only the kind's own, --json and --help can be given). */
  o: ParsedArgs;
  /** The answer: `value` as JSON with --json, else `text`. */
  out(value: unknown, text: string): Outcome;
  /** The one positional argument, or a usage error naming `what`. */
  one(what: string): string;
}

/** One kind of question `c5-minerals query` answers. */
export interface QueryKind {
  /** The word after `query`. */
  name: string;
  /** The arguments and options, for the help, e.g. `<from> <to> [--avoid RU,IR]`. */
  synopsis: string;
  /** What it answers, for the help. */
  summary: string;
  /** The options it takes, besides --json and --help. */
  options: OptionSpec;
  /** Its own help, shown by `query <name> --help`, when it has more to say than one line. */
  usage?: string;
  run(ctx: QueryContext): Outcome;
}

const country: QueryKind = {
  name: "country",
  synopsis: "<code|name>",
  summary: "a country's profile and what it produces",
  options: {},
  run({ rest, one, out }) {
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
  },
};

const mineral: QueryKind = {
  name: "mineral",
  synopsis: "<id> [--measure m] [--year y] [--vintage v] [--form f]",
  summary: "producers, world shares and concentration",
  options: {
    measure: { type: "string" },
    year: { type: "string" },
    vintage: { type: "string" },
    form: { type: "string" },
  },
  run({ one, o, out }) {
    const given = one("mineral id or name");
    const id = getMineral(given)?.id;
    if (id === undefined) throw new InputError(`No mineral matches '${given}'`);
    if (o.str("measure") !== undefined && !MEASURES.includes(o.str("measure") as Measure))
      throw new UsageError(`--measure is one of ${MEASURES.join(", ")}`);
    const year = o.str("year") === undefined ? undefined : Number(o.str("year"));
    if (year !== undefined && (!/^\d{4}$/.test(o.str("year") ?? "") || !Number.isInteger(year)))
      throw new UsageError("--year takes a year such as 2024");
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
  },
};

const lists: QueryKind = {
  name: "lists",
  synopsis: "<mineral-id>",
  summary: "the critical-mineral lists that name a mineral",
  options: {},
  run({ one, out }) {
    const given = one("mineral id or name");
    const id = getMineral(given)?.id;
    if (id === undefined) throw new InputError(`No mineral matches '${given}'`);
    const found = listsNaming(id);
    return out(
      found.map((f) => ({ list: f.list.id, entry: f.entry })),
      found.length === 0 ? `No list names '${id}'` : found.map((f) => `${f.list.id} (${f.list.date}): ${f.entry}`).join("\n"),
    );
  },
};

const list: QueryKind = {
  name: "list",
  synopsis: "<list-id>",
  summary: "a list's entries",
  options: {},
  run({ rest, one, out }) {
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
  },
};

const members: QueryKind = {
  name: "members",
  synopsis: "<partnership-id> [--date YYYY-MM-DD]",
  summary: "members of a partnership on a date (default today)",
  options: { date: { type: "string" } },
  run({ one, o, out }) {
    const id = one("partnership id");
    if (getPartnership(id) === undefined)
      throw new InputError(`No partnership '${id}'. Known: ${partnerships.map((p) => p.id).join(", ")}`);
    const date = o.str("date") ?? new Date().toISOString().slice(0, 10);
    let found: ReturnType<typeof membersAsOf>;
    try {
      found = membersAsOf(id, date);
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^date\b/, "--date"));
    }
    return out(found, `${id} on ${date}: ${found.map((m) => m.party).join(", ") || "no members"}`);
  },
};

const route: QueryKind = {
  name: "route",
  synopsis: "<from> <to> [--avoid RU,IR] [--avoid-modes road,sea] [--max n]",
  summary: "routes over the corridor graph (node id, country code or C5)",
  options: { avoid: { type: "string" }, "avoid-modes": { type: "string" }, max: { type: "string" } },
  run({ rest, o, out }) {
    const [from, to, ...extra] = rest;
    if (from === undefined || to === undefined || extra.length > 0)
      throw new UsageError("query route takes <from> <to>; see c5-minerals query --help");
    const avoidModes =
      o
        .str("avoid-modes")
        ?.split(",")
        .filter((m) => m !== "") ?? [];
    for (const m of avoidModes)
      if (!TRANSPORT_MODES.includes(m as TransportMode))
        throw new UsageError(`--avoid-modes takes ${TRANSPORT_MODES.join(", ")}; got '${m}'`);
    const max = o.str("max") === undefined ? 3 : Number(o.str("max"));
    if (!/^\d+$/.test(o.str("max") ?? "3") || !Number.isInteger(max) || max < 1 || max > 50)
      throw new UsageError("--max takes a whole number from 1 to 50");
    // countries to avoid are named as everywhere else: any code (alpha-2, alpha-3, numeric) or name
    const avoidCountries = (o.str("avoid")?.split(",") ?? [])
      .map((c) => c.trim())
      .filter((c) => c !== "")
      .map((c) => {
        const found = getCountry(c);
        if (found === undefined) throw new UsageError(`--avoid: no country matches '${c}'`);
        return found.alpha2 as string;
      });
    let routes: ReturnType<typeof findRoutes>;
    try {
      routes = findRoutes(from, to, {
        avoidCountries,
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
  },
};

const timelineKind: QueryKind = {
  name: "timeline",
  synopsis: "[--country c] [--partnership p] [--from d] [--to d]",
  summary: "events in date order",
  options: {
    country: { type: "string" },
    partnership: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  run({ rest, o, out }) {
    if (rest.length > 0) throw new UsageError("query timeline takes only options; see c5-minerals query --help");
    const filter: TimelineFilter = {};
    for (const key of ["country", "partnership", "from", "to"] as const) {
      const value = o.str(key);
      if (value !== undefined) filter[key] = value;
    }
    let found: ReturnType<typeof timeline>;
    try {
      found = timeline(filter);
    } catch (error) {
      // every filter is an option: a value it cannot use is a usage error
      throw new UsageError((error as Error).message.replace(/^filter\.(\w+)/, "--$1"));
    }
    return out(
      found,
      found.map((e) => `${e.date}  ${e.name}${e.place?.city ? ` (${e.place.city})` : ""}`).join("\n") || "No events match",
    );
  },
};

/**
 * Every kind of question, in the order the help lists them. To add one, write a {@link QueryKind}
 * (in its own module if it is large) and append it here.
 */
export const QUERY_KINDS: readonly QueryKind[] = [
  country,
  mineral,
  lists,
  list,
  members,
  route,
  timelineKind,
  revisionsKind,
  facilitiesKind,
  measuresKind,
];

function usage(kinds: readonly QueryKind[]): string {
  const rows = kinds.flatMap((k) => {
    const head = `  ${k.name} ${k.synopsis}`;
    return head.length <= 36 ? [`${head.padEnd(38)}${k.summary}`] : [head, `${" ".repeat(38)}${k.summary}`];
  });
  return `Usage: c5-minerals query <question> [arguments] [options]

Questions:
${rows.join("\n")}

Options:
  --json              print the answer as JSON
  -h, --help          show this help`;
}

/** Makes the query command over a table of kinds (the CLI uses {@link QUERY_KINDS}). */
export function makeQueryCommand(kinds: readonly QueryKind[]): Command {
  const byName = new Map(kinds.map((k) => [k.name, k]));
  const allOptions: OptionSpec = Object.assign({}, ...kinds.map((k) => k.options));
  return {
    name: "query",
    summary: summaryOf("query"),
    usage: usage(kinds),
    run(args) {
      const o = parse(args, allOptions);
      const [question = "", ...rest] = o.positionals;
      const own = byName.get(question)?.usage;
      if (o.flag("help") && own !== undefined) return { stdout: `${own}\n`, code: 0 };
      if (o.flag("help") || o.positionals.length === 0) return help(this);
      const kind = byName.get(question);
      if (kind === undefined) throw new UsageError(`Unknown question '${question}'; see c5-minerals query --help`);
      for (const name of o.given)
        if (name !== "help" && name !== "json" && !Object.hasOwn(kind.options, name))
          throw new UsageError(`query ${question} does not take --${name}; see c5-minerals query --help`);
      const out = (value: unknown, text: string): Outcome => ({ stdout: o.flag("json") ? json(value) : `${text}\n`, code: 0 });
      const one = (what: string) => {
        const v = rest[0];
        if (v === undefined || rest.length > 1)
          throw new UsageError(`query ${question} takes one ${what}; see c5-minerals query --help`);
        return v;
      };
      return kind.run({ question, rest, o, out, one });
    },
  };
}

export const queryCommand: Command = makeQueryCommand(QUERY_KINDS);
