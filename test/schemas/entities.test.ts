import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  Corridor,
  CorridorLeg,
  CorridorNode,
  Country,
  CriticalMineralList,
  Event,
  Figure,
  FigureTable,
  Mineral,
  Partnership,
  Source,
} from "../../src/schemas/index.js";
import { issuePaths, variant } from "./helpers.js";
import * as samples from "./samples.js";

type Case<T> = [string, (copy: T) => void, string];

function suite<T>(name: string, schema: z.ZodType, sample: T, cases: Case<T>[]) {
  describe(name, () => {
    it("accepts the valid sample", () => {
      expect(issuePaths(schema, sample)).toEqual([]);
    });
    it.each(cases)("rejects: %s", (_label, change, path) => {
      expect(issuePaths(schema, variant(sample, change))).toContain(path);
    });
    it("rejects unknown keys", () => {
      expect(issuePaths(schema, { ...sample, surprise: 1 })).not.toEqual([]);
    });
  });
}

const loose = (value: object) => value as Record<string, unknown>;

suite("Source", Source, samples.source, [
  [
    "a non-http URL",
    (s) => {
      loose(s).url = "ftp://example.org/x";
    },
    "url",
  ],
  [
    "a date with an impossible month",
    (s) => {
      loose(s).published = "2025-13";
    },
    "published",
  ],
  [
    "an unknown kind",
    (s) => {
      loose(s).kind = "blog";
    },
    "kind",
  ],
  [
    "an empty title",
    (s) => {
      s.title = "";
    },
    "title",
  ],
]);

suite("Country", Country, samples.country, [
  [
    "a lower-case alpha-2",
    (c) => {
      c.alpha2 = "kz";
    },
    "alpha2",
  ],
  [
    "a two-letter alpha-3",
    (c) => {
      c.alpha3 = "KA";
    },
    "alpha3",
  ],
  [
    "a numeric code without leading zeros",
    (c) => {
      c.numeric = "4";
    },
    "numeric",
  ],
  [
    "a repeated alias",
    (c) => {
      c.aliases = ["A", "A"];
    },
    "aliases.1",
  ],
  ["a neighbour listed twice", (c) => void c.profile?.borders.push({ country: "KG" }), "profile.borders.1"],
  [
    "a capital off the globe",
    (c) => {
      if (c.profile) c.profile.capital.coordinates.lat = 95;
    },
    "profile.capital.coordinates.lat",
  ],
  [
    "an unknown landlocked status",
    (c) => {
      if (c.profile) loose(c.profile).landlocked = "coastal";
    },
    "profile.landlocked",
  ],
  [
    "no population figure",
    (c) => {
      if (c.profile) c.profile.population = [];
    },
    "profile.population",
  ],
  [
    "a fractional population",
    (c) => {
      if (c.profile?.population[0]) c.profile.population[0].value = 1.5;
    },
    "profile.population.0.value",
  ],
  [
    "a malformed currency code",
    (c) => {
      if (c.profile) c.profile.currency.code = "Tenge";
    },
    "profile.currency.code",
  ],
  [
    "no sources",
    (c) => {
      c.sources = [];
    },
    "sources",
  ],
]);

suite("Mineral", Mineral, samples.mineral, [
  [
    "a group with one member",
    (m) => {
      m.members = ["Nd"];
    },
    "members",
  ],
  [
    "an element with members",
    (m) => {
      m.kind = "element";
    },
    "members",
  ],
  [
    "a malformed symbol",
    (m) => {
      m.symbols = ["ND"];
    },
    "symbols.0",
  ],
  [
    "a repeated member",
    (m) => {
      m.members = ["Nd", "Nd"];
    },
    "members.1",
  ],
  [
    "a malformed HS code",
    (m) => {
      if (m.tariffCodes[0]) m.tariffCodes[0].code = "28053";
    },
    "tariffCodes.0.code",
  ],
  [
    "a malformed HS edition",
    (m) => {
      if (m.tariffCodes[0]) m.tariffCodes[0].edition = "2022";
    },
    "tariffCodes.0.edition",
  ],
]);

suite("CriticalMineralList", CriticalMineralList, samples.list, [
  [
    "fewer entries than stated",
    (l) => {
      l.statedCount = 3;
    },
    "entries",
  ],
  ["a repeated entry (case-insensitive)", (l) => void l.entries.push({ name: "NICKEL", minerals: ["nickel"] }), "entries.2"],
  [
    "an entry mapped to no mineral",
    (l) => {
      if (l.entries[0]) l.entries[0].minerals = [];
    },
    "entries.0.minerals",
  ],
  [
    "an impossible date",
    (l) => {
      l.date = "2022-02-30";
    },
    "date",
  ],
  [
    "a draft that is in force",
    (l) => {
      l.stage = "draft";
      l.dates.inForce = "2022-03-01";
    },
    "dates.inForce",
  ],
  [
    "superseded before its own date",
    (l) => {
      l.dates.superseded = "2021";
    },
    "dates.superseded",
  ],
  [
    "a missing date key (every step is stated, null when it does not apply)",
    (l) => void delete loose(l.dates).adopted,
    "dates.adopted",
  ],
  [
    "an unknown stage",
    (l) => {
      loose(l).stage = "rumoured";
    },
    "stage",
  ],
  [
    "an unknown kind",
    (l) => {
      loose(l).kind = "essential";
    },
    "kind",
  ],
]);

suite("Figure", Figure, samples.figure, [
  [
    "a withheld figure with a value",
    (f) => {
      f.status = "withheld";
    },
    "value",
  ],
  [
    "a not-available figure with a value",
    (f) => {
      f.status = "not-available";
    },
    "value",
  ],
  [
    "a reported figure without a value",
    (f) => {
      f.value = null;
    },
    "value",
  ],
  [
    "a zero figure with a value",
    (f) => {
      f.status = "zero";
    },
    "value",
  ],
  ["a bound on a missing value", (f) => Object.assign(f, { status: "withheld", value: null, bound: "lower" }), "bound"],
  [
    "a country that excludes countries",
    (f) => {
      f.excludes = ["US"];
    },
    "excludes",
  ],
  [
    "a negative value",
    (f) => {
      f.value = -1;
    },
    "value",
  ],
  [
    "an unknown unit",
    (f) => {
      loose(f).unit = "lb";
    },
    "unit",
  ],
  [
    "an unknown area code",
    (f) => {
      loose(f).country = "EUROPE";
    },
    "country",
  ],
  [
    "a fractional year",
    (f) => {
      f.year = 2024.5;
    },
    "year",
  ],
]);

suite("FigureTable", FigureTable, samples.figureTable, [
  [
    "a negative tolerance",
    (t) => {
      t.sumTolerance = -1;
    },
    "sumTolerance",
  ],
  [
    "a C5 state listed twice",
    (t) => {
      t.c5Listed = ["KZ", "KZ"];
    },
    "c5Listed.1",
  ],
]);

suite("Partnership", Partnership, samples.partnership, [
  [
    "a member who left before joining",
    (p) => {
      if (p.members[1]) p.members[1].left = "2024-01";
    },
    "members.1.left",
  ],
  [
    "a member joining before the launch",
    (p) => {
      if (p.members[0]) p.members[0].joined = "2023-12-31";
    },
    "members.0.joined",
  ],
  ["a party listed twice", (p) => void p.members.push({ party: "US", joined: "2025", source: "s" }), "members.2"],
  [
    "its own parent",
    (p) => {
      p.parent = p.id;
    },
    "parent",
  ],
  [
    "an unknown kind",
    (p) => {
      loose(p).kind = "club";
    },
    "kind",
  ],
]);

describe("Partnership launch precision", () => {
  it("accepts a member known only to the year of a day-precise launch", () => {
    const p = variant(samples.partnership, (x) => {
      if (x.members[0]) x.members[0].joined = "2024";
    });
    expect(issuePaths(Partnership, p)).toEqual([]);
  });
});

suite("Event", Event, samples.event, [
  [
    "an end before the start",
    (e) => {
      e.endDate = "2024-02-07";
    },
    "endDate",
  ],
  [
    "a partial date",
    (e) => {
      e.date = "2024-02";
    },
    "date",
  ],
  [
    "a repeated participant",
    (e) => {
      e.participants = ["US", "US"];
    },
    "participants.1",
  ],
]);

suite("CorridorNode", CorridorNode, samples.node, [
  [
    "a latitude off the globe",
    (n) => {
      n.coordinates.lat = -91;
    },
    "coordinates.lat",
  ],
  [
    "an unknown kind",
    (n) => {
      loose(n).kind = "airport";
    },
    "kind",
  ],
]);

suite("CorridorLeg", CorridorLeg, samples.leg, [
  [
    "a loop",
    (l) => {
      l.to = l.from;
    },
    "to",
  ],
  [
    "two preferred lengths",
    (l) => {
      if (l.lengthKm[1]) l.lengthKm[1].preferred = true;
    },
    "lengthKm",
  ],
  [
    "an unknown mode",
    (l) => {
      loose(l).mode = "air";
    },
    "mode",
  ],
]);

suite("Corridor", Corridor, samples.corridor, [
  ["a country both crossed and bypassed", (c) => void c.bypasses.push("KZ"), "bypasses.1"],
  [
    "no countries",
    (c) => {
      c.countries = [];
    },
    "countries",
  ],
  [
    "a metric in an unknown unit",
    (c) => {
      if (c.metrics[0]) loose(c.metrics[0]).unit = "wagons";
    },
    "metrics.0.unit",
  ],
]);
