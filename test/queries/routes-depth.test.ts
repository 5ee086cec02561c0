import { describe, expect, it } from "vitest";
import { findRoutes } from "../../src/corridors.js";

const blackSeaPorts = ["poti-port", "batumi-port"];

describe("findRoutes answers the Middle Corridor question", () => {
  it("finds a route from Tashkent to a Black Sea port that avoids Russia and Iran", () => {
    const [route] = findRoutes("tashkent", blackSeaPorts, { avoidCountries: ["RU", "IR"] });
    expect(route).toBeDefined();
    expect(route?.nodes[0]?.id).toBe("tashkent");
    expect(blackSeaPorts).toContain(route?.nodes.at(-1)?.id);
    expect(route?.countries.some((c) => c === "RU" || c === "IR")).toBe(false);
    // the Caspian has to be crossed: Uzbekistan is doubly landlocked
    expect(route?.seaCrossings).toBeGreaterThanOrEqual(1);
    expect(route?.countries[0]).toBe("UZ");
    expect(route?.countries.at(-1)).toBe("GE");
  });

  it("reports the sourced share, the bottleneck capacity and the transit time", () => {
    const [route] = findRoutes("tashkent", blackSeaPorts, { avoidCountries: ["RU", "IR"] });
    if (route === undefined) throw new Error("no route");
    expect(route.sourcedKm).toBeLessThanOrEqual(route.distanceKm);
    expect(route.sourcedShare).toBeCloseTo(route.sourcedKm / route.distanceKm, 10);
    // Tashkent-Bukhara is 600 km by the high-speed line, the one sourced length on this route's Uzbek part
    expect(route.legs.find((l) => l.leg.id === "tashkent-bukhara-rail")?.lengthKm).toBe(600);
    expect(route.bottleneck).toBeDefined();
    expect(route.bottleneck?.mtPerYear).toBeGreaterThan(0);
    // the Turkmenbashi ferry has no sourced sailing time: it is timed at the stated default speed, flagged
    expect(route.transitTimeComplete).toBe(true);
    const ferry = route.legs.find((l) => l.leg.mode === "ferry");
    expect(ferry?.transitTime).toBe("estimated");
    expect(route.time.parts.find((p) => p.part === "moving" && p.at === ferry?.leg.id)?.basis).toBe("default");
    const rail = route.legs.filter((l) => l.leg.mode === "rail" && l.transitTime === "estimated");
    for (const l of rail) expect(l.transitDays).toBeCloseTo(l.lengthKm / 941, 10);
  });

  it("ranks by transit time and by border crossings", () => {
    const byTime = findRoutes("KZ", "TR", {
      avoidCountries: ["RU", "IR"],
      rankBy: "transit-time",
      speedKmPerDay: { rail: 800, ferry: 400 },
    });
    expect(byTime.length).toBeGreaterThan(0);
    for (const r of byTime) expect(r.transitTimeComplete).toBe(true);
    const days = byTime.map((r) => r.transitDays as number);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    const byBorders = findRoutes("tashkent", blackSeaPorts, { avoidCountries: ["RU", "IR"], rankBy: "borders", maxRoutes: 5 });
    const crossings = byBorders.map((r) => r.borderCrossings);
    expect([...crossings].sort((a, b) => a - b)).toEqual(crossings);
  });

  it("starts from a place resolved through the places extension point (e.g. a facility)", () => {
    const places = (id: string) => (id === "example-mine" ? "aktogay" : undefined);
    const [route] = findRoutes("example-mine", "alat-port", { places });
    expect(route?.nodes[0]?.id).toBe("aktogay");
    expect(() => findRoutes("example-mine", "alat-port", { places: () => "nowhere" })).toThrow(RangeError);
    expect(() => findRoutes("x", "alat-port", { rankBy: "cheapest" as never })).toThrow(RangeError);
  });
});
