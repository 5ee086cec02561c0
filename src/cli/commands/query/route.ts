// `c5-minerals query route <from> <to>`: routes over the corridor graph.
import { findRoutes, type RouteOptions } from "../../../queries/routes.js";
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
  synopsis:
    "<from> <to[,to2]> [--avoid RU,IR] [--avoid-modes road,sea] [--max n] [--rank-by distance|time|borders] [--via TM,kuryk-port] [--exit kuryk-port] [--each-destination]",
  summary: "routes over the corridor graph (node id or name, country code or name, or C5), with door-to-door time",
  options: {
    avoid: { type: "string" },
    "avoid-modes": { type: "string" },
    max: { type: "string" },
    "rank-by": { type: "string" },
    via: { type: "string" },
    exit: { type: "string" },
    "each-destination": { type: "boolean" },
  },
  flags: { avoidCountries: "avoid", maxRoutes: "max", exitNodes: "exit" },
  run({ rest, o, out }) {
    const [from, to, ...extra] = rest;
    if (from === undefined || to === undefined || extra.length > 0)
      throw new UsageError("query route takes <from> <to>; see c5-minerals query --help");
    const maxText = o.str("max")?.trim() ?? "3";
    const max = Number(maxText);
    if (!/^\d+$/.test(maxText) || max < 1 || max > 50) throw new UsageError("--max takes a whole number from 1 to 50");
    // countries and modes are resolved by findRoutes: any code or name, any case; a typo is refused with a suggestion
    const rankBy = o.str("rank-by");
    const exits = listOption(o.str("exit"));
    const destinations = listOption(to);
    const routes = findRoutes(from, destinations.length > 1 ? destinations : to, {
      avoidCountries: listOption(o.str("avoid")),
      avoidModes: listOption(o.str("avoid-modes")) as TransportMode[],
      maxRoutes: max,
      via: listOption(o.str("via")),
      ...(rankBy === undefined ? {} : { rankBy: rankBy.trim() as NonNullable<RouteOptions["rankBy"]> }),
      ...(exits.length === 0 ? {} : { exitNodes: exits }),
      ...(o.flag("each-destination") ? { eachDestination: true } : {}),
    });
    const text =
      routes.length === 0
        ? `No route from ${from} to ${to} with these constraints`
        : routes
            .map(
              (r, i) =>
                `${i + 1}. ${r.nodes.map((n) => n.id).join(" > ")}\n   ${Math.round(r.distanceKm)} km (${Math.round(r.sourcedKm)} km sourced), countries ${r.countries.join(" > ")}, ${r.borderCrossings} border and ${r.seaCrossings} sea crossing(s)\n   door to door ${r.time.complete ? "" : "at least "}${r.time.totalDays.toFixed(1)} days: moving ${r.time.movingDays.toFixed(1)}, dwell ${r.time.dwellDays.toFixed(1)}; ${r.time.sourcedDays.toFixed(1)} sourced, ${r.time.defaultDays.toFixed(1)} at stated defaults${r.time.complete ? "" : `, ${r.time.parts.filter((p) => p.basis === "unknown").length} part(s) unknown`}`,
            )
            .join("\n");
    return out(routes, text);
  },
};
