#!/usr/bin/env node
import { dispatch, runCommand } from "./command-index.js";
import { describeOsError } from "./errors.js";

// Only the command that runs is loaded: `--help` loads no dataset, `query` loads no zod.
const next = dispatch(process.argv.slice(2));
const outcome = "entry" in next ? runCommand(await next.entry.load(), next.args) : next;

// Writing can fail: the reader of a pipe may have gone (`| head -1`: EPIPE), or the disk may be full
// (`> /dev/full`: ENOSPC). A closed pipe means the reader has what it wanted, so the command ends
// quietly; any other failure is said in one line, exit code 1.
function writeFailed(error: Error): void {
  if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(outcome.code);
  try {
    process.stderr.write(`c5-minerals: cannot write the output: ${describeOsError(error) ?? error.message}\n`);
  } catch {
    // standard error is broken too: nothing left to tell
  }
  process.exit(1);
}
process.stdout.on("error", writeFailed);
process.stderr.on("error", () => process.exit(outcome.code === 0 ? 1 : outcome.code));
try {
  process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
} catch (error) {
  writeFailed(error as Error);
}
process.exitCode = outcome.code;
