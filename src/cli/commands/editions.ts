import { editions } from "../../datasets/editions.js";
import { editionCoverage, editionCoverageMarkdown } from "../../queries/edition-coverage.js";
import { type Command, help, json, parse } from "../command.js";
import { UsageError } from "../errors.js";
import { summaryOf } from "../summaries.js";

/** Runs a query, turning its argument errors into usage errors (exit code 2) that name the option. */
function asked<T>(answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError)
      throw new UsageError(error.message.replace(/^options\./, "--"));
    throw error;
  }
}

export const editionsCommand: Command = {
  name: "editions",
  summary: summaryOf("editions"),
  usage: `Usage: c5-minerals editions [--mineral <id or name>] [--series <series>] [--json]

Prints the editions the package holds (publication date, years covered, data-release DOI, number of
tables) and the coverage table: for every mineral, whether each edition holds a table ("table"), USGS
printed none naming a C5 state ("absent"), or the table has not been read ("not read"). With --mineral,
one mineral with the tables or the reason for each edition. --series defaults to usgs-mcs.`,
  run(args) {
    const o = parse(args, { mineral: { type: "string" }, series: { type: "string" } });
    if (o.flag("help")) return help(this);
    if (o.positionals.length > 0) throw new UsageError(`editions takes no arguments, got '${o.positionals[0]}'`);
    const mineral = o.str("mineral");
    const series = o.str("series");
    const coverage = asked(() =>
      editionCoverage({ ...(mineral === undefined ? {} : { mineral }), ...(series === undefined ? {} : { series }) }),
    );
    const held = editions.filter((e) => coverage.editions.includes(e.id));
    if (o.flag("json")) return { stdout: json({ editions: held, coverage }), code: 0 };
    const lines = held.map(
      (e) =>
        `${e.id}  ${e.title}, published ${e.published}; years ${e.years.join(", ")}; ` +
        `data release ${e.dataRelease === null ? "none known" : `doi:${e.dataRelease.doi}`}; ${e.tables.length} tables`,
    );
    if (mineral === undefined) {
      const table = asked(() => editionCoverageMarkdown(series === undefined ? {} : { series }));
      return { stdout: `${lines.join("\n")}\n\n${table}\n`, code: 0 };
    }
    const row = coverage.rows[0];
    const detail = (row?.cells ?? []).map((c) =>
      c.status === "present" ? `${c.edition}  table: ${c.tables.join(", ")}` : `${c.edition}  ${c.status}: ${c.reason ?? ""}`,
    );
    return { stdout: `${lines.join("\n")}\n\n${row?.mineral ?? mineral}\n${detail.join("\n")}\n`, code: 0 };
  },
};
