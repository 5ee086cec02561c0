import { revisions } from "../../../queries/revisions.js";
import type { Measure } from "../../../schemas/figure.js";
import { json, parse } from "../../command.js";
import { InputError, UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

/** What the `query revisions` question prints and the exit code it asks for (the shape of a command's outcome). */
export interface RevisionsOutcome {
  stdout: string;
  code: 0;
}

/** Usage of `query revisions`, also listed in `query --help`. */
export const REVISIONS_USAGE = `Usage: c5-minerals query revisions <country> <mineral> <measure> <year> [--form f] [--series s] [--json]

Every edition's value and status for one observation, oldest edition first, with the change between
editions and the newest edition (the 'latest' view).

  <country>   alpha-2 code, WORLD or OTHER (e.g. KZ)
  <mineral>   mineral id (e.g. chromium)
  <measure>   mine-production, refinery-production, smelter-production, plant-production, production,
              reserves or capacity
  <year>      the year observed (e.g. 2024)

Options:
  --form f     the form, when the measure has several (silicon: ferrosilicon, silicon metal)
  --series s   edition series, the vintage without its year (default usgs-mcs)
  --json       print the answer as JSON
  -h, --help   show this help`;

const number = (v: number | null) => (v === null ? "n/a" : v.toLocaleString("en-US"));
const signed = (v: number) => `${v > 0 ? "+" : ""}${v.toLocaleString("en-US")}`;

/**
 * `c5-minerals query revisions <country> <mineral> <measure> <year>`: how the editions stated one
 * observation. Throws a `UsageError` for a malformed call and an `InputError` when the data cannot answer.
 */
export function queryRevisions(args: string[]): RevisionsOutcome {
  const o = parse(args, { form: { type: "string" }, series: { type: "string" } });
  const { positionals } = o;
  if (o.flag("help")) return { stdout: `${REVISIONS_USAGE}\n`, code: 0 };
  const [country, mineral, measure, yearText, ...extra] = positionals;
  if (country === undefined || mineral === undefined || measure === undefined || yearText === undefined || extra.length > 0)
    throw new UsageError("query revisions takes <country> <mineral> <measure> <year>; see c5-minerals query revisions --help");
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`<year> takes a year such as 2024; got '${yearText}'`);
  const options: { form?: string; series?: string } = {};
  const form = o.str("form");
  const series = o.str("series");
  if (form !== undefined) options.form = form;
  if (series !== undefined) options.series = series;
  let answer: ReturnType<typeof revisions>;
  try {
    answer = revisions(country.toUpperCase(), mineral, measure as Measure, year, options);
  } catch (error) {
    if (error instanceof RangeError && /^measure /.test(error.message)) throw new UsageError(error.message);
    throw new InputError((error as Error).message.replace("options.form", "--form"));
  }
  if (o.flag("json")) return { stdout: json(answer), code: 0 };
  const first = answer.editions[0]?.figure;
  const lines = [
    `${answer.country} ${answer.mineral} ${answer.measure} ${answer.year}${
      first === undefined ? "" : ` (${first.unit}, ${first.basis}${first.form === undefined ? "" : `, ${first.form}`})`
    }`,
  ];
  if (answer.editions.length === 0) lines.push(`  no edition of ${answer.series} gives this observation`);
  for (const e of answer.editions) {
    const c = e.change;
    const change =
      c === undefined
        ? ""
        : !c.revised
          ? "  unchanged"
          : `  ${c.delta === null ? "" : `${signed(c.delta)}${c.relative === null ? "" : ` (${signed(Math.round(c.relative * 1000) / 10)}%)`}`}${
              c.previousStatus === e.figure.status ? "" : ` was ${c.previousStatus}`
            }`.trimEnd();
    lines.push(`  ${e.vintage}  ${number(e.figure.value)} ${e.figure.status}${change}`);
  }
  if (answer.latest !== undefined) lines.push(`  latest: ${answer.latest.vintage}`);
  return { stdout: `${lines.join("\n")}\n`, code: 0 };
}

/** `query revisions` as a kind of the query command's table. */
export const revisionsKind: QueryKind = {
  name: "revisions",
  synopsis: "<country> <mineral> <measure> <year> [--form f] [--series s]",
  summary: "every edition's value, the changes and the latest",
  options: { form: { type: "string" }, series: { type: "string" } },
  usage: REVISIONS_USAGE,
  run({ rest, o }) {
    const args = [...rest];
    for (const name of ["form", "series"]) {
      const value = o.str(name);
      if (value !== undefined) args.push(`--${name}`, value);
    }
    if (o.flag("json")) args.push("--json");
    return queryRevisions(args);
  },
};
