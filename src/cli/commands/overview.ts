import { corridorLegs, corridorNodes, corridors, getCorridor } from "../../datasets/corridors.js";
import { countries, getCountry } from "../../datasets/countries.js";
import { figures, figureTables } from "../../datasets/figures.js";
import { importDependence } from "../../datasets/import-dependence.js";
import { criticalMineralLists } from "../../datasets/lists.js";
import { elements, minerals } from "../../datasets/minerals.js";
import { events, partnerships } from "../../datasets/partnerships.js";
import { sources } from "../../datasets/sources.js";
import { datasetFreshness } from "../../queries/freshness.js";
import { usImportsFromC5 } from "../../queries/import-dependence.js";
import { lengthCoverage } from "../../queries/length-coverage.js";
import { PRODUCTION_MEASURES, productionProfile } from "../../queries/supply.js";
import { C5, type Command, help, json, parse, pct } from "../command.js";
import { summaryOf } from "../summaries.js";
export const overviewCommand: Command = {
  name: "overview",
  summary: summaryOf("overview"),
  usage: `Usage: c5-minerals overview [--json]

Prints the size of every dataset with the newest source it cites (publication date and id), for each
C5 state the minerals it produces according to the package's figures with the newest year and world
share, and the US imports that depend on the C5 in the newest MCS edition held.`,
  run(args) {
    const o = parse(args, {});
    if (o.flag("help")) return help(this);
    const counts = {
      sources: sources.length,
      countries: countries.length,
      minerals: minerals.length,
      elements: elements.length,
      lists: criticalMineralLists.length,
      figureTables: figureTables.length,
      figures: figures.length,
      partnerships: partnerships.length,
      events: events.length,
      corridors: corridors.length,
      corridorNodes: corridorNodes.length,
      corridorLegs: corridorLegs.length,
      importDependence: importDependence.length,
    };
    const c5 = Object.fromEntries(
      C5.map((code) => [
        code,
        // a printed zero ("—") is a table's way of saying the country produced none that year
        productionProfile(code).filter((s) => PRODUCTION_MEASURES.includes(s.figure.measure) && s.figure.status !== "zero"),
      ]),
    );
    const freshness = datasetFreshness();
    const imports = usImportsFromC5();
    const { totalKm, sourcedKm, sourcedShare } = lengthCoverage();
    const corridorLengths = { totalKm: Math.round(totalKm), sourcedKm: Math.round(sourcedKm), sourcedShare };
    if (o.flag("json"))
      return {
        stdout: json({
          counts,
          freshness,
          production: c5,
          importsFromC5: imports.map((r) =>
            r.measure === "mcs-import-sources" ? (({ record: _, ...rest }) => rest)(r) : (({ flows: _, ...rest }) => rest)(r),
          ),
          corridorLengths,
        }),
        code: 0,
      };
    const lines = [
      "c5-minerals: critical minerals of Central Asia, as sourced data",
      "",
      ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(16)} ${v}`),
      "",
      "Newest source each dataset cites (publication date, source id):",
      ...freshness.map(
        (f) => `  ${f.dataset.padEnd(18)} ${(f.newestSource?.published ?? "none").padEnd(10)} ${f.newestSource?.id ?? ""}`,
      ),
      "",
      "What the C5 produce (newest vintage and year; share of world total in the same source table):",
    ];
    for (const code of C5) {
      const c = getCountry(code);
      lines.push(`  ${c.name}`);
      const rows = c5[code] ?? [];
      if (rows.length === 0) lines.push("    (no production table in the package names it)");
      for (const s of rows)
        lines.push(
          `    ${s.figure.mineral.padEnd(12)} ${String(s.figure.year)} ${String(s.figure.value ?? s.figure.status).padStart(8)} ${s.figure.unit.padEnd(3)} ${pct(s.share).padStart(6)}  ${s.figure.form ?? ""}`,
        );
    }
    const mcs = imports.filter((r) => r.measure === "mcs-import-sources");
    const edition = mcs[0]?.vintage ?? "none";
    lines.push("", `US imports that depend on the C5 (${edition}; C5 share of US imports, net import reliance as printed):`);
    for (const r of mcs)
      lines.push(
        `  ${r.mineral.padEnd(10)} ${(r.product ?? "all imports").padEnd(30)} ${r.c5
          .map((p) => `${p.country} ${p.share}%`)
          .join(", ")
          .padEnd(10)} NIR ${r.netImportReliance.year}: ${r.netImportReliance.printed}`,
      );
    for (const r of imports)
      if (r.measure === "eia-uranium-origin")
        lines.push(
          `  uranium (another measure, ${r.source}: share of the uranium delivered to US reactor owners and operators in ${r.period.printed} by origin) ${r.c5.map((p) => `${p.country} ${p.share}%`).join(", ")}`,
        );
    lines.push(
      "",
      `Corridors: ${corridors.map((c) => getCorridor(c.id)?.name).join("; ")}`,
      `Corridor graph: ${corridorNodes.length} nodes, ${corridorLegs.length} legs, ${corridorLengths.totalKm} km, of which ${pct(sourcedShare)} measured by sourced lengths (great-circle estimates elsewhere)`,
      "Run `c5-minerals --help` for commands.",
    );
    return { stdout: `${lines.join("\n")}\n`, code: 0 };
  },
};
