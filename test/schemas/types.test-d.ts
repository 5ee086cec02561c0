import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Figure as FigureSchema } from "../../src/schemas/figure.js";
import type {
  Basis,
  C5CountryCode,
  Corridor,
  Country,
  Figure,
  FigureStatus,
  Landlocked,
  Membership,
  Partnership,
  Source,
  Unit,
} from "../../src/schemas/index.js";

describe("inferred types", () => {
  it("gives literal unions for vocabularies", () => {
    expectTypeOf<C5CountryCode>().toEqualTypeOf<"KZ" | "KG" | "TJ" | "TM" | "UZ">();
    expectTypeOf<Landlocked>().toEqualTypeOf<"none" | "landlocked" | "doubly-landlocked">();
    expectTypeOf<FigureStatus>().toEqualTypeOf<
      | "reported"
      | "estimated"
      | "withheld"
      | "not-available"
      | "not-applicable"
      | "zero"
      | "less-than-half-unit"
      | "reported-or-estimated"
    >();
    expectTypeOf<Unit>().toEqualTypeOf<"kg" | "t" | "kt" | "Mt" | "tU" | "million-m3">();
    expectTypeOf<Basis>().toEqualTypeOf<"gross-weight" | "contained" | "oxide-equivalent" | "product">();
  });
  it("types a figure's value as nullable and its optional fields as optional", () => {
    expectTypeOf<Figure["value"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Figure["year"]>().toEqualTypeOf<number>();
    expectTypeOf<Figure>().toHaveProperty("bound");
    expectTypeOf<Pick<Figure, "bound">>().toEqualTypeOf<{ bound?: "lower" | "upper" | undefined }>();
  });
  it("is the zod output type, not a hand-written copy", () => {
    expectTypeOf<Figure>().toEqualTypeOf<z.output<typeof FigureSchema>>();
  });
  it("nests profiles and memberships", () => {
    expectTypeOf<NonNullable<Country["profile"]>["capital"]["coordinates"]>().toEqualTypeOf<{ lat: number; lon: number }>();
    expectTypeOf<Partnership["members"]>().toEqualTypeOf<Membership[]>();
    expectTypeOf<Corridor["status"]>().toEqualTypeOf<"operating" | "under-construction" | "planned">();
    expectTypeOf<Source["kind"]>().toExtend<string>();
  });
});
