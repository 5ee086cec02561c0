import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { variant } from "./helpers.js";
import * as samples from "./samples.js";

// The JSON Schemas are generated from the zod schemas (scripts/generate.ts). Here they must accept the
// same valid samples and reject the invalid ones JSON Schema can express (types, patterns, enums,
// ranges, required and unknown keys). Cross-field rules are zod refinements and are only described.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const load = (entity: string) => ajv.compile(JSON.parse(readFileSync(`data/json-schema/${entity}.json`, "utf8")));

type Loose = Record<string, unknown>;
const cases: [string, unknown, ((copy: Loose) => void)[]][] = [
  [
    "source",
    samples.source,
    [
      (s) => {
        s.kind = "blog";
      },
      (s) => {
        s.id = "Not An Id";
      },
      (s) => void delete s.url,
      (s) => {
        s.extra = 1;
      },
    ],
  ],
  [
    "country",
    samples.country,
    [
      (c) => {
        c.alpha2 = "kz";
      },
      (c) => {
        c.numeric = 398;
      },
      (c) => void delete c.sources,
    ],
  ],
  [
    "mineral",
    samples.mineral,
    [
      (m) => {
        m.kind = "rock";
      },
      (m) => {
        m.symbols = ["ND"];
      },
    ],
  ],
  [
    "critical-mineral-list",
    samples.list,
    [
      (l) => {
        l.statedCount = 0;
      },
      (l) => {
        l.jurisdiction = "USA";
      },
    ],
  ],
  [
    "figure",
    samples.figure,
    [
      (f) => {
        f.unit = "lb";
      },
      (f) => {
        f.value = -1;
      },
      (f) => {
        f.year = 1800;
      },
      (f) => {
        f.country = "World";
      },
    ],
  ],
  [
    "figure-table",
    samples.figureTable,
    [
      (t) => {
        t.sumTolerance = -5;
      },
    ],
  ],
  [
    "partnership",
    samples.partnership,
    [
      (p) => {
        p.launched = "2024-2-8";
      },
      (p) => {
        p.kind = "club";
      },
    ],
  ],
  [
    "event",
    samples.event,
    [
      (e) => {
        e.date = "2024-02";
      },
      (e) => {
        e.outcomes = "one";
      },
    ],
  ],
  [
    "corridor-node",
    samples.node,
    [
      (n) => {
        (n.coordinates as Loose).lat = 95;
      },
    ],
  ],
  [
    "corridor-leg",
    samples.leg,
    [
      (l) => {
        l.mode = "air";
      },
    ],
  ],
  [
    "corridor",
    samples.corridor,
    [
      (c) => {
        c.countries = [];
      },
      (c) => {
        c.status = "open";
      },
    ],
  ],
];

describe.each(cases)("JSON Schema for %s", (entity, sample, invalid) => {
  const validate = load(entity);
  it("accepts the valid sample", () => {
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(invalid.map((change, i) => [i, change] as const))("rejects invalid case %i", (_i, change) => {
    expect(validate(variant(sample as Loose, change))).toBe(false);
  });
});

describe("rules JSON Schema cannot express", () => {
  it("are stated in the schema's description", () => {
    const figure = JSON.parse(readFileSync("data/json-schema/figure.json", "utf8"));
    const text = JSON.stringify(figure);
    expect(text).toContain("value is null exactly when status is withheld, not-available, not-applicable or less-than-half-unit");
    // and JSON Schema alone lets the cross-field error through, which is why the zod schema exists:
    expect(load("figure")({ ...samples.figure, status: "withheld" })).toBe(true);
  });
});
