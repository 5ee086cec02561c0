// `c5-minerals query country <code|name>`: a country's profile and what it produces.
import { requireCountry } from "../../../datasets/countries.js";
import { productionProfile } from "../../../queries/supply.js";
import { pct } from "../../command.js";
import type { QueryKind } from "./kind.js";

export const countryKind: QueryKind = {
  name: "country",
  synopsis: "<code|name>",
  summary: "a country's profile and what it produces",
  options: {},
  run({ one, out }) {
    const c = requireCountry(one("country code or name"), "country");
    const produced = productionProfile(c.alpha2);
    const lines = [`${c.name} (${c.alpha2}, ${c.alpha3}, ${c.numeric})`];
    if (c.profile) {
      lines.push(
        `  capital: ${c.profile.capital.name}; region: ${c.profile.region}; ${c.profile.landlocked === "none" ? "has a sea coast" : c.profile.landlocked}`,
      );
      lines.push(`  borders: ${c.profile.borders.map((b) => b.country).join(", ")}; currency: ${c.profile.currency.code}`);
    }
    for (const s of produced)
      lines.push(
        `  ${s.figure.mineral} ${s.figure.measure} ${s.figure.year}: ${s.figure.value ?? s.figure.status} ${s.figure.unit} (${s.figure.form ?? s.figure.basis}), ${pct(s.share)} of world [${s.figure.vintage}]`,
      );
    return out({ country: c, production: produced }, lines.join("\n"));
  },
};
