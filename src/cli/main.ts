// The CLI in this process: every command, loaded (one module each under ./commands/, its options, help
// and behaviour together; tests in test/cli/commands/). Add a command by writing its module, listing it
// here and in command-index.ts, and giving it a summary in summaries.ts.

import type { Command, Outcome } from "./command.js";
import { dispatch, runCommand } from "./command-index.js";
import { editionsCommand } from "./commands/editions.js";
import { exportCommand } from "./commands/export.js";
import { importBaciCommand } from "./commands/import-baci.js";
import { importUsgsCommand } from "./commands/import-usgs.js";
import { listsCommand } from "./commands/lists.js";
import { overviewCommand } from "./commands/overview.js";
import { queryCommand } from "./commands/query/index.js";
import { validateCommand } from "./commands/validate.js";

/** Every command, in the order `c5-minerals --help` lists them; the first runs when none is named. */
export const COMMANDS: readonly Command[] = [
  overviewCommand,
  validateCommand,
  queryCommand,
  listsCommand,
  editionsCommand,
  exportCommand,
  importUsgsCommand,
  importBaciCommand,
];

/**
 * Runs the CLI on arguments in this process and returns what to print and the exit code; never throws.
 * The `c5-minerals` binary (bin.ts) does the same but loads only the command it runs.
 */
export function runCli(args: readonly string[]): Outcome {
  const next = dispatch(args);
  if (!("entry" in next)) return next;
  const command = COMMANDS.find((c) => c.name === next.entry.name);
  if (command === undefined) throw new Error(`The command '${next.entry.name}' is indexed but not listed`);
  return runCommand(command, next.args);
}

export type { Command, Outcome } from "./command.js";
