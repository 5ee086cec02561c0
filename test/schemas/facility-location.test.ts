import { describe, expect, it } from "vitest";
import { facilities } from "../../src/facilities.js";
import { Facility, FacilityLocation, LocationGap } from "../../src/schemas/index.js";

// A plain, mutable copy of a dataset record (the dataset itself is frozen).
const copyOf = (id: string): Record<string, unknown> => {
  const f = facilities.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no facility ${id}`);
  return JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
};
const located = facilities.find((f) => f.location !== undefined)?.id ?? "";
const gapped = facilities.find((f) => f.locationGap !== undefined)?.id ?? "";

describe("FacilityLocation", () => {
  const town = { lat: 43.57, lon: 69.73, precision: "town", source: "coords", placedBy: "statement" } as const;

  it("accepts a town point with the source that puts the facility in the town", () => {
    expect(FacilityLocation.safeParse(town).success).toBe(true);
    expect(FacilityLocation.safeParse({ ...town, precision: "district" }).success).toBe(true);
  });

  it("refuses placedBy on a site's own coordinates", () => {
    expect(FacilityLocation.safeParse({ ...town, precision: "site" }).success).toBe(false);
  });

  it("refuses a placedBy that repeats the coordinates' source", () => {
    expect(FacilityLocation.safeParse({ ...town, placedBy: "coords" }).success).toBe(false);
  });

  it("refuses an empty source id", () => {
    expect(FacilityLocation.safeParse({ ...town, placedBy: "" }).success).toBe(false);
  });
});

describe("LocationGap", () => {
  it("needs a reason", () => {
    expect(LocationGap.safeParse({ reason: "Several mines; no single point." }).success).toBe(true);
    expect(LocationGap.safeParse({ reason: "" }).success).toBe(false);
    expect(LocationGap.safeParse({}).success).toBe(false);
    expect(LocationGap.safeParse({ reason: "x", why: "y" }).success).toBe(false);
  });
});

describe("Facility: a location or the reason there is none", () => {
  it("accepts the dataset's records as they are", () => {
    expect(Facility.safeParse(copyOf(located)).success).toBe(true);
    expect(Facility.safeParse(copyOf(gapped)).success).toBe(true);
  });

  it("refuses a facility with neither", () => {
    const f = copyOf(located);
    delete f.location;
    expect(Facility.safeParse(f).success).toBe(false);
  });

  it("refuses a facility with both", () => {
    const f = copyOf(located);
    f.locationGap = { reason: "No point." };
    expect(Facility.safeParse(f).success).toBe(false);
  });
});
