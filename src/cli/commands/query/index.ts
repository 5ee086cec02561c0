// `c5-minerals query <question>`: the table of question kinds (one module each beside this one) and the
// command that dispatches to them. Every kind resolves its arguments through the package's shared
// resolvers; an unknown thing is exit 1, a malformed option exit 2, and the message names the option.
import { type Command, help, json, type OptionSpec, type Outcome, parse } from "../../command.js";
import { InputError, UsageError } from "../../errors.js";
import { summaryOf } from "../../summaries.js";
import { countryKind } from "./country.js";
import { facilitiesKind } from "./facilities.js";
import type { QueryKind } from "./kind.js";
import { listKind } from "./list.js";
import { listsKind } from "./lists.js";
import { measuresKind } from "./measures.js";
import { membersKind } from "./members.js";
import { mineralKind } from "./mineral.js";
import { revisionsKind } from "./revisions.js";
import { routeKind } from "./route.js";
import { timelineKind } from "./timeline.js";

export type { QueryContext, QueryKind } from "./kind.js";

/**
 * Every kind of question, in the order the help lists them. To add one, write a {@link QueryKind}
 * (in its own module if it is large) and append it here.
 */
export const QUERY_KINDS: readonly QueryKind[] = [
  countryKind,
  mineralKind,
  listsKind,
  listKind,
  membersKind,
  routeKind,
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
      try {
        return kind.run({ question, rest, o, out, one });
      } catch (error) {
        throw asCliError(error, kind.flags);
      }
    },
  };
}

/**
 * A query's RangeError as the CLI reports it: about an option (`options.avoidModes[0]`, `selector.vintage`,
 * `filter.from`, `date`) it is a usage error, exit 2, naming the option as typed (`--avoid-modes[0]`, or
 * the kind's own flag from `flags`); about a thing the data does not hold (a country, mineral, list,
 * facility …) it is an input error, exit 1.
 */
function asCliError(error: unknown, flags: Readonly<Record<string, string>> = {}): unknown {
  if (!(error instanceof RangeError)) return error;
  const option = /^(?:(?:options|selector|filter)\.(\w+)|(date|year|measure|kind|metric|unit|mode)\b)/.exec(error.message);
  if (option === null) return new InputError(error.message);
  const name = (option[1] ?? option[2]) as string;
  const flag = flags[name] ?? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return new UsageError(`--${flag}${error.message.slice(option[0].length)}`);
}

export const queryCommand: Command = makeQueryCommand(QUERY_KINDS);
