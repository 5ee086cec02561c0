import { COMMANDS, type Outcome } from "./commands.js";
import { describeOsError, InputError, terminalSafe, UsageError } from "./errors.js";

declare const __VERSION__: string | undefined;

const USAGE = `Usage: c5-minerals <command> [options]

Curated, sourced data on critical minerals in Central Asia (the C5).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n")}

Run c5-minerals <command> --help for a command's options. Exit codes: 0 ok, 1 invalid input, 2 usage error.`;

/** Runs the CLI on arguments and returns what to print and the exit code; never throws. */
export function runCli(args: readonly string[]): Outcome {
  const outcome = run(args);
  return outcome.stderr === undefined ? outcome : { ...outcome, stderr: terminalSafe(outcome.stderr) };
}

function run(args: readonly string[]): Outcome {
  const [name, ...rest] = args;
  try {
    if (name === undefined) return COMMANDS[0]?.run([]) ?? { stdout: `${USAGE}\n`, code: 0 };
    if (name === "--help" || name === "-h" || name === "help") return { stdout: `${USAGE}\n`, code: 0 };
    if (name === "--version" || name === "-v")
      return { stdout: `${typeof __VERSION__ === "string" ? __VERSION__ : "development"}\n`, code: 0 };
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined)
      return { stdout: "", stderr: `c5-minerals: unknown command '${name}'. Run c5-minerals --help.\n`, code: 2 };
    return command.run([...rest]);
  } catch (error) {
    if (error instanceof UsageError) return { stdout: "", stderr: `c5-minerals: ${error.message}\n`, code: 2 };
    if (error instanceof InputError) return { stdout: "", stderr: `c5-minerals: ${error.message}\n`, code: 1 };
    const os = describeOsError(error);
    if (os !== undefined) return { stdout: "", stderr: `c5-minerals: ${os}\n`, code: 1 };
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: "", stderr: `c5-minerals: internal error: ${message}. Please report it.\n`, code: 1 };
  }
}
