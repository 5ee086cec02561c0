// `c5-minerals query measures ...`: export measures in force on a day, a country's policy timeline, and
// the measures that apply to a facility's minerals.
import { measuresForFacility } from "../../../queries/measures-for.js";
import { type MeasuresInForce, measuresInForce } from "../../../queries/measures-in-force.js";
import { type PolicyTimelineOptions, policyTimeline } from "../../../queries/policy-timeline.js";
import { InputError, UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

export const MEASURES_USAGE = `Usage: c5-minerals query measures <country>[,<country>...] [--date YYYY-MM-DD] [--product mineral|HS-code]
       c5-minerals query measures timeline <country> [--mineral m] [--from d] [--to d]
       c5-minerals query measures facility <facility-id> [--date YYYY-MM-DD]

  <country>   export and investment measures in force on the date (default: today), certainly or
              possibly (the sources leave it open, with the reason), for one product if given
  timeline    every dated step of a country's measures and policy events, oldest first
  facility    the measures in force on the date for the minerals a facility handles

Options:
  --json              print the answer as JSON
  -h, --help          show this help`;

const today = () => new Date().toISOString().slice(0, 10);

/** Runs a query function, turning a refused argument into an input error the CLI reports. */
function attempt<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new InputError(error.message);
    throw error;
  }
}

function inForceText(r: Pick<MeasuresInForce, "inForce" | "uncertain" | "reason" | "date">): string {
  const lines = r.inForce.map(
    (h) =>
      `${h.measure.country}  ${h.measure.kind.padEnd(32)} ${h.measure.name}  [since ${h.since}${h.until === undefined ? "" : `, until ${h.until}${h.untilBasis === "term" ? " (term, inferred)" : ""}`}]`,
  );
  if (lines.length === 0) lines.push(r.reason ?? `Nothing in force on ${r.date}`);
  if (r.uncertain.length > 0) {
    lines.push("", "Possibly in force (the sources read leave it open):");
    for (const u of r.uncertain) lines.push(`  ${u.measure.id}: ${u.reason}`);
  }
  return lines.join("\n");
}

/** `query measures` as a kind of the query command's table. */
export const measuresKind: QueryKind = {
  name: "measures",
  synopsis: "<country>|timeline|facility ... [--date d] [--product p]",
  summary: "export measures in force, policy timelines",
  options: {
    date: { type: "string" },
    product: { type: "string" },
    mineral: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
  usage: MEASURES_USAGE,
  run({ rest, o, out }) {
    const [first, ...more] = rest;
    if (first === undefined)
      throw new UsageError("query measures needs a country, 'timeline' or 'facility'; see c5-minerals query measures --help");
    const only = (allowed: readonly string[], what: string) => {
      for (const name of o.given)
        if (name !== "json" && name !== "help" && !allowed.includes(name))
          throw new UsageError(`query measures ${what} does not take --${name}; see c5-minerals query measures --help`);
    };
    if (first === "timeline") {
      only(["mineral", "from", "to"], "timeline");
      if (more.length !== 1)
        throw new UsageError("query measures timeline takes one country; see c5-minerals query measures --help");
      const options: PolicyTimelineOptions = {};
      for (const key of ["mineral", "from", "to"] as const) {
        const value = o.str(key);
        if (value !== undefined) options[key] = value;
      }
      const t = attempt(() => policyTimeline(more[0] as string, options));
      const text =
        t.entries
          .map((e) => `${e.date.padEnd(10)}  ${e.step.padEnd(13)} ${e.type === "measure" ? "M" : "E"}  ${e.name}`)
          .join("\n") ||
        (t.reason ?? "No entries");
      return out(t, text);
    }
    if (first === "facility") {
      only(["date"], "facility");
      if (more.length !== 1)
        throw new UsageError("query measures facility takes one facility id; see c5-minerals query measures --help");
      const r = attempt(() => measuresForFacility(more[0] as string, o.str("date") ?? today()));
      return out(r, `${r.facility} (${r.country}; ${r.minerals.join(", ")}) on ${r.date}\n${inForceText(r)}`);
    }
    only(["date", "product"], "<country>");
    if (more.length > 0) throw new UsageError("query measures takes one argument: countries separated by commas");
    const countries = first.split(",").map((c) => c.trim());
    const product = o.str("product");
    const r = attempt(() => measuresInForce(countries, o.str("date") ?? today(), product));
    return out(r, inForceText(r));
  },
};
