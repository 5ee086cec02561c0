// What `c5-minerals --help` and the dispatcher need to know about the commands without loading them:
// each command's name, summary and module, loaded only when it runs. src/cli/commands.ts lists the
// loaded commands for in-process use; a test checks the two agree.
import type { Command, Outcome } from "./command.js";
import { describeOsError, InputError, terminalSafe, UsageError } from "./errors.js";

declare const __VERSION__: string | undefined;

/** A command as the dispatcher knows it before loading it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every command, in the order `c5-minerals --help` lists them; the first runs when none is named. */
export const COMMAND_INDEX: readonly CommandEntry[] = [
  {
    name: "overview",
    summary: "print what the package holds and what the C5 produce",
    load: async () => (await import("./commands/overview.js")).overviewCommand,
  },
  {
    name: "validate",
    summary: "check a JSON, NDJSON or CSV file against an entity's schema",
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  {
    name: "query",
    summary: "answer questions from the datasets (`query --help` lists them)",
    load: async () => (await import("./commands/query.js")).queryCommand,
  },
  {
    name: "lists",
    summary: "critical-mineral lists over time: history, diff, on-a-date, critical now",
    load: async () => (await import("./commands/lists.js")).listsCommand,
  },
  {
    name: "export",
    summary: "write the datasets as JSON, CSV or GeoJSON",
    load: async () => (await import("./commands/export.js")).exportCommand,
  },
  {
    name: "import-usgs",
    summary: "read a USGS MCS data-release CSV into figures",
    load: async () => (await import("./commands/import-usgs.js")).importUsgsCommand,
  },
  {
    name: "import-baci",
    summary: "keep the C5's mineral flows from a CEPII BACI yearly file",
    load: async () => (await import("./commands/import-baci.js")).importBaciCommand,
  },
];

/** A command's one-line summary, as `--help` lists it. */
export function summaryOf(name: string): string {
  const entry = COMMAND_INDEX.find((c) => c.name === name);
  if (entry === undefined) throw new RangeError(`No command is named '${name}'`);
  return entry.summary;
}

/** The text of `c5-minerals --help`. */
export const USAGE = `Usage: c5-minerals <command> [options]

Curated, sourced data on critical minerals in Central Asia (the C5).

Commands:
${COMMAND_INDEX.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n")}

Run c5-minerals <command> --help for a command's options. Exit codes: 0 ok, 1 invalid input, 2 usage error.`;

/**
 * What the CLI answers without running a command (help, version, an unknown command), or the command
 * to run and its arguments.
 */
export function dispatch(args: readonly string[]): Outcome | { entry: CommandEntry; args: string[] } {
  const [name, ...rest] = args;
  if (name === "--help" || name === "-h" || name === "help") return { stdout: `${USAGE}\n`, code: 0 };
  if (name === "--version" || name === "-v")
    return { stdout: `${typeof __VERSION__ === "string" ? __VERSION__ : "development"}\n`, code: 0 };
  const entry = name === undefined ? COMMAND_INDEX[0] : COMMAND_INDEX.find((c) => c.name === name);
  if (entry === undefined)
    return {
      stdout: "",
      stderr: `c5-minerals: unknown command '${terminalSafe(name ?? "")}'. Run c5-minerals --help.\n`,
      code: 2,
    };
  return { entry, args: rest };
}

/** Runs a loaded command and turns every error into a message and an exit code; never throws. */
export function runCommand(command: Command, args: string[]): Outcome {
  let outcome: Outcome;
  try {
    outcome = command.run(args);
  } catch (error) {
    if (error instanceof UsageError) outcome = { stdout: "", stderr: `c5-minerals: ${error.message}\n`, code: 2 };
    else if (error instanceof InputError) outcome = { stdout: "", stderr: `c5-minerals: ${error.message}\n`, code: 1 };
    else {
      const os = describeOsError(error);
      const message = error instanceof Error ? error.message : String(error);
      outcome = {
        stdout: "",
        stderr: os !== undefined ? `c5-minerals: ${os}\n` : `c5-minerals: internal error: ${message}. Please report it.\n`,
        code: 1,
      };
    }
  }
  return outcome.stderr === undefined ? outcome : { ...outcome, stderr: terminalSafe(outcome.stderr) };
}
