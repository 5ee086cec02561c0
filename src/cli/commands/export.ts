import { writeFileSync } from "node:fs";
import { type Command, help, parse } from "../command.js";
import { describeOsError, InputError, UsageError } from "../errors.js";
import { DATASET_NAMES, type ExportFormat, exportDataset } from "../export.js";
import { summaryOf } from "../summaries.js";
export const exportCommand: Command = {
  name: "export",
  summary: summaryOf("export"),
  usage: `Usage: c5-minerals export --format json|csv|geojson [--dataset name] [--out file]

Writes one dataset (default: figures; geojson: corridors or facilities) to --out or to standard output.
Datasets: ${DATASET_NAMES.join(", ")} (geojson: corridors and facilities only)

Options:
  --format <f>        json, csv or geojson (required)
  --dataset <name>    the dataset to write
  --out <file>        write to a file instead of standard output
  -h, --help          show this help`,
  run(args) {
    const o = parse(args, {
      format: { type: "string" },
      dataset: { type: "string" },
      out: { type: "string" },
    });
    if (o.flag("help")) return help(this);
    if (o.positionals.length > 0) throw new UsageError("export takes only options; see c5-minerals export --help");
    const format = o.str("format");
    if (format !== "json" && format !== "csv" && format !== "geojson")
      throw new UsageError("export needs --format json, csv or geojson");
    const dataset = o.str("dataset") ?? (format === "geojson" ? "corridors" : "figures");
    const text = exportDataset(dataset, format as ExportFormat);
    const outFile = o.str("out");
    if (outFile !== undefined) {
      try {
        writeFileSync(outFile, text);
      } catch (error) {
        throw new InputError(`Cannot write '${outFile}': ${describeOsError(error) ?? (error as Error).message}`);
      }
      return { stdout: `wrote ${outFile}\n`, code: 0 };
    }
    return { stdout: text, code: 0 };
  },
};
