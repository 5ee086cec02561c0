import { writeFileSync } from "node:fs";
import { DATASET_NAMES, type ExportFormat, exportDataset, WHERE_KEYS, type WhereKey } from "../../formats/export.js";
import { type Command, help, parse } from "../command.js";
import { describeOsError, InputError, UsageError } from "../errors.js";
import { summaryOf } from "../summaries.js";
export const exportCommand: Command = {
  name: "export",
  summary: summaryOf("export"),
  usage: `Usage: c5-minerals export --format json|csv|geojson [--dataset name] [--where key=value ...] [--cells text|json] [--out file]

Writes one dataset (default: figures; geojson: corridors or facilities) to --out or to standard output.
Datasets: ${DATASET_NAMES.join(", ")} (geojson: corridors and facilities only)

Options:
  --format <f>        json, csv or geojson (required)
  --dataset <name>    the dataset to write
  --where <k>=<v>     keep the records that match, repeatable; keys: ${WHERE_KEYS.join(", ")}
                      (country and mineral take codes, ids or names in any language the package knows;
                      date: status and owners as of that date for facilities, the year for figures)
  --cells <c>         CSV cells: text (default: readable, names beside ids, owners as text, a byte-order
                      mark and CRLF for spreadsheets) or json (the lossless flat form of dist/data/*.csv)
  --out <file>        write to a file instead of standard output
  -h, --help          show this help

Example: c5-minerals export --dataset facilities --format csv --where country=UZ --out uz-facilities.csv`,
  run(args) {
    const o = parse(args, {
      format: { type: "string" },
      dataset: { type: "string" },
      where: { type: "string", multiple: true },
      cells: { type: "string" },
      out: { type: "string" },
    });
    if (o.flag("help")) return help(this);
    if (o.positionals.length > 0) throw new UsageError("export takes only options; see c5-minerals export --help");
    const format = o.str("format");
    if (format !== "json" && format !== "csv" && format !== "geojson")
      throw new UsageError("export needs --format json, csv or geojson");
    const cells = o.str("cells") ?? "text";
    if (cells !== "text" && cells !== "json") throw new UsageError("--cells takes text or json");
    if (format !== "csv" && o.str("cells") !== undefined) throw new UsageError("--cells applies to --format csv only");
    const where: Partial<Record<WhereKey, string>> = {};
    for (const w of o.all("where")) {
      const m = /^([a-z]+)=(.+)$/s.exec(w);
      if (m === null) throw new UsageError(`--where takes key=value, got '${w}'`);
      const [, key = "", value = ""] = m;
      if (!(WHERE_KEYS as readonly string[]).includes(key))
        throw new UsageError(`--where ${key}: unknown key; use one of ${WHERE_KEYS.join(", ")}`);
      if (Object.hasOwn(where, key)) throw new UsageError(`--where ${key} is given twice`);
      where[key as WhereKey] = value;
    }
    const dataset = o.str("dataset") ?? (format === "geojson" ? "corridors" : "figures");
    let text: string;
    try {
      text = exportDataset(dataset, format as ExportFormat, {
        ...(Object.keys(where).length > 0 ? { where } : {}),
        ...(format === "csv" ? { cells } : {}),
      });
    } catch (error) {
      // the export refuses a bad dataset name or --where value with a RangeError naming it
      if (error instanceof RangeError) throw new UsageError(error.message.replace(/^where /, "--where "));
      throw error;
    }
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
