// What `c5-minerals --help` and the dispatcher need to know about the commands without loading them:
// each command's name, summary and module, loaded only when it runs. src/cli/commands.ts lists the
// loaded commands for in-process use (src/cli/main.ts); a test checks the two agree.
import type { Command, Outcome } from "./command.js";
import { describeOsError, InputError, terminalSafe, UsageError } from "./errors.js";
import { summaryOf } from "./summaries.js";

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
    summary: summaryOf("overview"),
    load: async () => (await import("./commands/overview.js")).overviewCommand,
  },
  {
    name: "validate",
    summary: summaryOf("validate"),
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  {
    name: "query",
    summary: summaryOf("query"),
    load: async () => (await import("./commands/query/index.js")).queryCommand,
  },
  {
    name: "lists",
    summary: summaryOf("lists"),
    load: async () => (await import("./commands/lists.js")).listsCommand,
  },
  {
    name: "editions",
    summary: summaryOf("editions"),
    load: async () => (await import("./commands/editions.js")).editionsCommand,
  },
  {
    name: "export",
    summary: summaryOf("export"),
    load: async () => (await import("./commands/export.js")).exportCommand,
  },
  {
    name: "import-usgs",
    summary: summaryOf("import-usgs"),
    load: async () => (await import("./commands/import-usgs.js")).importUsgsCommand,
  },
  {
    name: "import-baci",
    summary: summaryOf("import-baci"),
    load: async () => (await import("./commands/import-baci.js")).importBaciCommand,
  },
];

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
