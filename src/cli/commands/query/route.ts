// `c5-minerals query route <from> <to>`: routes over the corridor graph.
import { findRoutes } from "../../../queries/routes.js";
import type { TransportMode } from "../../../schemas/corridor.js";
import { UsageError } from "../../errors.js";
import type { QueryKind } from "./kind.js";

const listOption = (value: string | undefined) =>
  value
    ?.split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "") ?? [];

export const routeKind: QueryKind = {
  name: "route",
  synopsis: "<from> <to> [--avoid RU,IR] [--avoid-modes road,sea] [--max n]",
  summary: "routes over the corridor graph (node id, country code or name, or C5)",
  options: { avoid: { type: "string" }, "avoid-modes": { type: "string" }, max: { type: "string" } },
  flags: { avoidCountries: "avoid", maxRoutes: "max" },
  run({ rest, o, out }) {
    const [from, to, ...extra] = rest;
    if (from === undefined || to === undefined || extra.length > 0)
      throw new UsageError("query route takes <from> <to>; see c5-minerals query --help");
    const maxText = o.str("max")?.trim() ?? "3";
    const max = Number(maxText);
    if (!/^\d+$/.test(maxText) || max < 1 || max > 50) throw new UsageError("--max takes a whole number from 1 to 50");
    // countries and modes are resolved by findRoutes: any code or name, any case; a typo is refused with a suggestion
    const routes = findRoutes(from, to, {
      avoidCountries: listOption(o.str("avoid")),
      avoidModes: listOption(o.str("avoid-modes")) as TransportMode[],
      maxRoutes: max,
    });
    const text =
      routes.length === 0
        ? `No route from ${from} to ${to} with these constraints`
        : routes
            .map(
              (r, i) =>
                `${i + 1}. ${r.nodes.map((n) => n.id).join(" > ")}\n   ${Math.round(r.distanceKm)} km (${Math.round(r.sourcedKm)} km sourced), countries ${r.countries.join(" > ")}, ${r.borderCrossings} border and ${r.seaCrossings} sea crossing(s)`,
            )
            .join("\n");
    return out(routes, text);
  },
};
