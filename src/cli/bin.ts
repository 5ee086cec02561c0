#!/usr/bin/env node
import { runCli } from "./main.js";

const outcome = runCli(process.argv.slice(2));
process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
