// `c5-minerals query facilities ...`: facilities, who controls a country's output, projects, routes.
import { requireFacility } from "../../../datasets/facilities.js";
import { controlOf } from "../../../queries/control.js";
import {
  currentStatus,
  type FacilityFilter,
  findFacilities,
  ownersOf,
  type ProjectFilter,
  projectsTimeline,
  routesFromFacility,
} from "../../../queries/facilities.js";
import { json, type Outcome, parse, pct } from "../../command.js";
import { InputError, UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

export const FACILITIES_USAGE = `Usage: c5-minerals query facilities [list] [--country c] [--mineral m] [--status s] [--kind k]
                                            [--owner company-id] [--ultimate-owner id] [--owner-country c]
                                            [--exit-node node-id]
       c5-minerals query facilities show <facility-id>
       c5-minerals query facilities control <country> <mineral> [--measure production|capacity] [--year y]
       c5-minerals query facilities projects [--country c] [--mineral m] [--partnership p] [--partner-country c]
       c5-minerals query facilities route <facility-id> <to> [--avoid RU,IR] [--max n]

  list      facilities matching every filter, with their newest status and owners
  show      one facility with its sources
  control   who controls a country's output of a mineral: by ultimate holder, by their country and
            state vs private, with the coverage of the national figure (same basis and year only)
  projects  the dated stages of projects and deals, in date order
  route     routes over the corridor graph from the node the facility's output leaves from

Options:
  --json              print the answer as JSON
  -h, --help          show this help`;

/** Runs `query facilities` with the arguments after `facilities`. */
export function queryFacilities(args: string[]): Outcome {
  const o = parse(args, {
    country: { type: "string" },
    mineral: { type: "string" },
    status: { type: "string" },
    kind: { type: "string" },
    owner: { type: "string" },
    "ultimate-owner": { type: "string" },
    "owner-country": { type: "string" },
    "exit-node": { type: "string" },
    measure: { type: "string" },
    year: { type: "string" },
    partnership: { type: "string" },
    "partner-country": { type: "string" },
    avoid: { type: "string" },
    max: { type: "string" },
  });
  const { positionals } = o;
  if (o.flag("help")) return { stdout: `${FACILITIES_USAGE}\n`, code: 0 };
  const out = (value: unknown, text: string): Outcome => ({
    stdout: o.flag("json") ? json(value) : `${text}\n`,
    code: 0,
  });
  const [sub = "list", ...rest] = positionals;
  const none = (what: string) => {
    if (rest.length > 0)
      throw new UsageError(`query facilities ${what} takes only options; see c5-minerals query facilities --help`);
  };
  switch (sub) {
    case "list": {
      none("list");
      const filter: FacilityFilter = {};
      for (const [opt, key] of [
        ["country", "country"],
        ["mineral", "mineral"],
        ["status", "status"],
        ["kind", "kind"],
        ["owner", "owner"],
        ["ultimate-owner", "ultimateOwner"],
        ["owner-country", "ownerCountry"],
        ["exit-node", "exitNode"],
      ] as const) {
        const v = o.str(opt);
        if (v !== undefined) filter[key] = v;
      }
      const found = findFacilities(filter);
      const text =
        found
          .map((f) => {
            const owners = ownersOf(f)
              .map((o) => `${o.company.id} ${o.share}%`)
              .join(", ");
            return `${f.id}  ${f.country} ${f.kind} ${currentStatus(f)}  ${f.commodities.map((c) => c.mineral).join(",")}${owners ? `  owners: ${owners}` : ""}  exit: ${f.exit.node}`;
          })
          .join("\n") || "No facility of the dataset matches these filters";
      return out(found, text);
    }
    case "show": {
      const [id, ...extra] = rest;
      if (id === undefined || extra.length > 0) throw new UsageError("query facilities show takes one facility id");
      let f: ReturnType<typeof requireFacility>;
      try {
        f = requireFacility(id, "facility");
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const lines = [
        `${f.name} (${f.id}): ${f.kind} in ${f.country}${f.region ? `, ${f.region}` : ""}`,
        f.location
          ? `  at ${f.location.lat}, ${f.location.lon} (${f.location.precision}) [${f.location.source}${f.location.placedBy ? `; placed by ${f.location.placedBy}` : ""}]`
          : `  no sourced coordinates${f.locationGap ? `: ${f.locationGap.reason}` : ""}`,
        ...(f.status as readonly { status: string; since?: string; observed?: string; event?: string; source: string }[]).map(
          (s) =>
            `  ${s.status}${s.since ? ` since ${s.since}` : ""}${s.event ? ` (${s.event})` : ""}${s.observed ? `, observed ${s.observed}` : ""} [${s.source}]`,
        ),
        ...f.owners.map((o) => `  owner ${o.company} ${o.share}% as of ${o.asOf} [${o.source}]`),
        ...f.output.map(
          (o) =>
            `  ${o.measure} ${o.year}: ${o.value} ${o.unit}${o.period && o.period !== "year" ? `/${o.period}` : ""} ${o.form} (${o.status}) [${o.source}]`,
        ),
        `  leaves from ${f.exit.node}${f.exit.source ? ` [${f.exit.source}]` : ""}${f.exit.reason ? `: ${f.exit.reason}` : ""}`,
      ];
      return out(f, lines.join("\n"));
    }
    case "control": {
      const [country, mineral, ...extra] = rest;
      if (country === undefined || mineral === undefined || extra.length > 0)
        throw new UsageError("query facilities control takes <country> <mineral>");
      const measure = o.str("measure") ?? "production";
      if (measure !== "production" && measure !== "capacity") throw new UsageError("--measure is production or capacity");
      const yearText = o.str("year");
      const year = yearText === undefined ? undefined : Number(yearText);
      if (year !== undefined && !Number.isInteger(year)) throw new UsageError("--year takes a whole number");
      let c: ReturnType<typeof controlOf>;
      try {
        c = controlOf(country, mineral, year === undefined ? { measure } : { measure, year });
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const lines = [
        `${c.country} ${c.mineral} by ${c.measure}${c.year !== null ? ` in ${c.year}` : ""} (${c.basis ?? "no basis"}): ${c.facilities.length} facilities counted, ${c.mismatches.length} not counted`,
        ...c.facilities.map((f) => `  ${f.facility.id}: ${f.output.value} ${f.output.unit} ${f.output.form} (${f.output.year})`),
        "  by ultimate holder:",
        ...c.byUltimateHolder.map((x) => `    ${pct(x.share).padStart(6)}  ${x.name}${x.inferred ? " (inferred link)" : ""}`),
        `  by holder country: ${c.byHolderCountry.map((x) => `${x.key} ${pct(x.share)}`).join(", ")}`,
        `  state vs private: ${c.byKind.map((x) => `${x.key} ${pct(x.share)}`).join(", ")}`,
        c.national
          ? `  coverage: ${pct(c.coverage)} of the national ${c.national.figure.measure} ${c.national.figure.year} (${c.national.figure.value} ${c.national.figure.unit}, ${c.national.figure.basis}) [${c.national.figure.vintage}]`
          : "  coverage: n/a (no national figure on the same basis and year)",
        ...c.mismatches.map((m) => `  not counted: ${m.facility.id}: ${m.reason}`),
      ];
      return out(c, lines.join("\n"));
    }
    case "projects": {
      none("projects");
      const filter: ProjectFilter = {};
      for (const [opt, key] of [
        ["country", "country"],
        ["mineral", "mineral"],
        ["partnership", "partnership"],
        ["partner-country", "partnerCountry"],
      ] as const) {
        const v = o.str(opt);
        if (v !== undefined) filter[key] = v;
      }
      const list = projectsTimeline(filter);
      return out(list, list.map((m) => `${m.date}  ${m.stage.padEnd(12)} ${m.project.name}`).join("\n") || "No project matches");
    }
    case "route": {
      const [id, to, ...extra] = rest;
      if (id === undefined || to === undefined || extra.length > 0)
        throw new UsageError("query facilities route takes <facility-id> <to>");
      const max = o.str("max") === undefined ? 3 : Number(o.str("max"));
      if (!Number.isInteger(max) || max < 1 || max > 50) throw new UsageError("--max takes a whole number from 1 to 50");
      let routes: ReturnType<typeof routesFromFacility>;
      try {
        routes = routesFromFacility(id, to, {
          avoidCountries: (o.str("avoid") ?? "").split(",").filter((x) => x !== ""),
          maxRoutes: max,
        });
      } catch (error) {
        throw new InputError((error as Error).message);
      }
      const text =
        routes.length === 0
          ? `No route from ${id} to ${to} with these constraints`
          : routes
              .map(
                (r, i) =>
                  `${i + 1}. ${r.nodes.map((n) => n.id).join(" > ")}\n   ${Math.round(r.distanceKm)} km, countries ${r.countries.join(" > ")}`,
              )
              .join("\n");
      return out(routes, text);
    }
    default:
      throw new UsageError(`Unknown facilities question '${sub}'; see c5-minerals query facilities --help`);
  }
}

const FACILITY_OPTIONS = [
  "country",
  "mineral",
  "status",
  "kind",
  "owner",
  "ultimate-owner",
  "owner-country",
  "exit-node",
  "measure",
  "year",
  "partnership",
  "partner-country",
  "avoid",
  "max",
];

/** `query facilities` as a kind of the query command's table. */
export const facilitiesKind: QueryKind = {
  name: "facilities",
  synopsis: "[list|show|control|projects|route] ...",
  summary: "mines and plants, who controls them, projects, routes",
  options: Object.fromEntries(FACILITY_OPTIONS.map((name) => [name, { type: "string" as const }])),
  usage: FACILITIES_USAGE,
  run({ rest, o }) {
    const args = [...rest];
    for (const name of FACILITY_OPTIONS) {
      const value = o.str(name);
      if (value !== undefined) args.push(`--${name}`, value);
    }
    if (o.flag("json")) args.push("--json");
    return queryFacilities(args);
  },
};
