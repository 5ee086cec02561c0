// `c5-minerals query mineral <id|name>`: producers, world shares and concentration of one table column.
import { requireMineral } from "../../../datasets/minerals.js";
import { concentration, producerRanking } from "../../../queries/concentration.js";
import type { ColumnSelector } from "../../../queries/supply.js";
import type { Measure } from "../../../schemas/figure.js";
import { pct } from "../../command.js";
import { UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

export const mineralKind: QueryKind = {
  name: "mineral",
  synopsis: "<id|name> [--measure m] [--year y] [--vintage v] [--form f]",
  summary: "producers, world shares and concentration",
  options: {
    measure: { type: "string" },
    year: { type: "string" },
    vintage: { type: "string" },
    form: { type: "string" },
  },
  run({ one, o, out }) {
    const id = requireMineral(one("mineral id or name"), "mineral").id;
    const yearText = o.str("year");
    if (yearText !== undefined && !/^\d{4}$/.test(yearText.trim())) throw new UsageError("--year takes a year such as 2024");
    // the measure, vintage and form are resolved by the query itself (any case; a typo is refused with a suggestion)
    const selector: ColumnSelector = { mineral: id };
    const measure = o.str("measure");
    const vintage = o.str("vintage");
    const form = o.str("form");
    if (measure !== undefined) selector.measure = measure as Measure;
    if (yearText !== undefined) selector.year = Number(yearText);
    if (vintage !== undefined) selector.vintage = vintage;
    if (form !== undefined) selector.form = form;
    const ranking = producerRanking(selector);
    const conc = concentration(selector);
    const c = ranking.column;
    const lines = [
      `${id} ${c.measure} ${c.year} (${c.unit}, ${c.basis}${c.form ? `, ${c.form}` : ""}) from ${c.source} [${c.vintage}]`,
      `  world total: ${ranking.worldTotal ?? "n/a"}${ranking.worldExcludes.length ? ` (excludes ${ranking.worldExcludes.join(", ")})` : ""}; named countries cover ${pct(ranking.coverage)}`,
      ...ranking.ranked.map(
        (r) =>
          `  ${String(r.rank).padStart(2)}. ${r.figure.country} ${r.figure.value}${r.figure.status === "estimated" ? "e" : ""} ${pct(r.share)}`,
      ),
      ...ranking.unranked.map((f) => `   -  ${f.country} ${f.status}`),
      `  HHI ${conc.hhi === null ? "n/a" : Math.round(conc.hhi)}; top-1 ${pct(conc.top1Share)}; top-3 ${pct(conc.top3Share)}; China ${pct(conc.chinaShare)}`,
    ];
    return out({ ranking, concentration: conc }, lines.join("\n"));
  },
};
