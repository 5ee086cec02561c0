// The shape of one kind of question `c5-minerals query` answers; each kind is a module beside this one.
import type { OptionSpec, Outcome, ParsedArgs } from "../../command.js";

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
  /** The CLI flag of each API option whose name differs from the option's in kebab case (`avoidCountries` → `avoid`). */
  flags?: Readonly<Record<string, string>>;
  run(ctx: QueryContext): Outcome;
}
