import { dispatch, runCommand } from "./command-index.js";
import { COMMANDS, type Outcome } from "./commands.js";

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
