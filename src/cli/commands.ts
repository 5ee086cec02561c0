// The CLI's commands, one module each under ./commands/ (its options, help and behaviour together;
// its tests in test/cli/commands/). Add a command by writing its module and listing it here.
import type { Command } from "./command.js";
import { exportCommand } from "./commands/export.js";
import { importBaciCommand } from "./commands/import-baci.js";
import { importUsgsCommand } from "./commands/import-usgs.js";
import { listsCommand } from "./commands/lists.js";
import { overviewCommand } from "./commands/overview.js";
import { queryCommand } from "./commands/query.js";
import { validateCommand } from "./commands/validate.js";

export type { Command, Outcome } from "./command.js";

/** Every command, in the order `c5-minerals --help` lists them; the first runs when none is named. */
export const COMMANDS: readonly Command[] = [
  overviewCommand,
  validateCommand,
  queryCommand,
  listsCommand,
  exportCommand,
  importUsgsCommand,
  importBaciCommand,
];
