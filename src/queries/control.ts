import type { DeepReadonly } from "../core/freeze.js";
import { requireInteger, requireOptions } from "../core/guards.js";
import { requirePartialDate } from "../core/partial-dates.js";
import { requireOneOf } from "../core/resolve.js";
import { TONNES_PER_UNIT } from "../core/vocabulary.js";
import { requireCountry } from "../datasets/countries.js";
import {
  type CompanyRecord,
  type CoverageGapRecord,
  companies,
  coverageGaps,
  type FacilityRecord,
  getCompany,
} from "../datasets/facilities.js";
import { type FigureRecord, figures, figureTables } from "../datasets/figures.js";
import { requireMineral } from "../datasets/minerals.js";
import type { CompanyOutput, FacilityOutput } from "../schemas/facility.js";
import { type CurrentOwner, findFacilities, ownersOf } from "./facilities.js";
import { type UltimateHolder, ultimateHoldersOf } from "./ownership.js";

/** Metric tons per unit: the figures' mass units, and the troy ounces and pounds producers print. */
const TONNES: Readonly<Record<string, number>> = {
  ...TONNES_PER_UNIT,
  oz: 0.0000311034768,
  koz: 0.0311034768,
  Moz: 31.1034768,
  // a pound is 0.45359237 kg by definition; uranium producers print U3O8 in millions of pounds
  Mlb: 453.59237,
};

/**
 * A sourced conversion from the weight of a compound a facility reports to the element the national figure
 * counts (uranium: pounds or tonnes of U3O8 to tonnes of uranium).
 *
 * @category Queries
 */
export interface ControlConversion {
  /** Mineral id. */
  mineral: string;
  /** The basis converted from (`oxide-equivalent`). */
  from: string;
  /** The basis converted to (`contained`). */
  to: string;
  /** What the facility figure must weigh (its `form` names it), e.g. `U3O8`. */
  compound: string;
  /** Metric tons of the element per metric ton of the compound. */
  factor: number;
  /** The source's statement the factor is taken from, and the arithmetic applied to it. */
  statement: string;
  /** Source id. */
  source: string;
}

/** U3O8 to uranium: "1 short ton U3O8 = 0.769 tU" (NEA/IAEA convention, as the World Energy Council prints it); a short ton is 0.90718474 t. */
const CONVERSIONS: readonly ControlConversion[] = Object.freeze([
  Object.freeze({
    mineral: "uranium",
    from: "oxide-equivalent",
    to: "contained",
    compound: "U3O8",
    factor: 0.769 / 0.90718474,
    statement: "1 short ton U3O8 = 0.769 tU; a short ton is 0.90718474 t, so 1 t of U3O8 holds 0.769 / 0.90718474 tU",
    source: "wec-2007-uranium-definitions",
  }),
]);

/** The conversion that puts a facility figure on the wanted basis: null when it is already on it, undefined when none applies. */
function conversionTo(o: DeepReadonly<FacilityOutput>, basis: string | null): ControlConversion | null | undefined {
  if (basis === null || o.basis === basis) return null;
  return CONVERSIONS.find((c) => c.mineral === o.mineral && c.from === o.basis && c.to === basis && o.form.includes(c.compound));
}

/** A value in metric tons (NaN for a unit that is not a mass), times a conversion factor when one applies. */
const tonnesOf = (value: number, unit: string, factor = 1) => value * (TONNES[unit] ?? Number.NaN) * factor;

/** Kinds of facility whose output is mine output (compared with a national mine-production figure). */
const MINE_KINDS: ReadonlySet<string> = new Set([
  "mine",
  "open-pit-mine",
  "underground-mine",
  "isl-field",
  "complex",
  "concentrator",
]);

/**
 * The production measures of the world tables, in the order a national figure is looked for: mine production
 * first; a refinery, smelter or plant measure only where the tables give the country no mine production of the
 * mineral (refined cadmium, titanium sponge, primary magnesium).
 */
const NATIONAL_MEASURES = [
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
] as const;

/** Kinds of facility whose output each measure of national figure counts. */
const KINDS_FOR: Readonly<Record<(typeof NATIONAL_MEASURES)[number], ReadonlySet<string>>> = {
  "mine-production": MINE_KINDS,
  "refinery-production": new Set(["refinery", "plant", "complex"]),
  "smelter-production": new Set(["smelter", "plant", "complex"]),
  "plant-production": new Set(["plant", "refinery", "smelter", "complex"]),
  production: new Set([...MINE_KINDS, "smelter", "refinery", "plant"]),
};

/** True when a facility figure's form names the national figure's form (e.g. "kaolin" in "kaolin, raw"). */
const sameForm = (facilityForm: string, nationalForm: string | undefined) =>
  nationalForm === undefined || facilityForm.toLowerCase().includes(nationalForm.toLowerCase());

/**
 * Options for {@link controlOf}.
 *
 * @category Queries
 */
export interface ControlOptions {
  /** Weigh facilities by `production` (default, compared with the national figure) or by `capacity` (no comparison). */
  measure?: "production" | "capacity";
  /** The year to compare (production only); default: the newest year in which a facility figure matches the national figure's basis. */
  year?: number;
  /** Owners as of this date (YYYY, YYYY-MM or YYYY-MM-DD); default: the newest ownership claims. */
  ownersAsOf?: string;
}

/**
 * One facility counted in {@link controlOf}, with its owners and their ultimate holders.
 *
 * @category Queries
 */
export interface ControlFacility {
  /** The facility. */
  facility: FacilityRecord;
  /** The output figure counted, as printed: same basis (or converted to it, see `conversion`) and, for production, same year as the national figure; never a target or an attributable share. */
  output: DeepReadonly<FacilityOutput>;
  /** The figure in metric tons (tU for uranium), after `conversion` when there is one. */
  tonnes: number;
  /** The sourced conversion applied to put the figure on the national figure's basis (U3O8 to uranium), or null when it is on it already. */
  conversion: ControlConversion | null;
  /** Its direct owners (the operator, marked inferred, when no owner is recorded). */
  owners: CurrentOwner[];
  /** The ultimate holders of the facility, shares in per cent of it. */
  holders: UltimateHolder[];
}

/**
 * A company's own total for the country and mineral (all its operations there, or its attributable share),
 * shown beside the facilities in {@link controlOf} and never added to them.
 *
 * @category Queries
 */
export interface ControlCompanyTotal {
  /** The company. */
  company: CompanyRecord;
  /** Its total as printed: the 100 % basis of what it runs or consolidates, or, with `attributable`, its own share. */
  output: DeepReadonly<CompanyOutput>;
  /** The total in metric tons (tU for uranium), after `conversion` when there is one. */
  tonnes: number;
  /** The sourced conversion applied to reach the national figure's basis, or null. */
  conversion: ControlConversion | null;
  /** The national figure of the same year and basis (newest edition, world tables), or null when there is none. */
  national: FigureRecord | null;
  /** `tonnes` over that national figure, or null without one. */
  ofNational: number | null;
  /** The company's ultimate holders (shares of the company, in per cent). */
  holders: UltimateHolder[];
}

/**
 * A facility of the country and mineral whose figures could not be counted, and why: no figure of the
 * measure, another year, another basis, an attributable share, a target, or not mine output.
 *
 * @category Queries
 */
export interface ControlMismatch {
  /** The facility. */
  facility: FacilityRecord;
  /** The nearest figure it has, when it has one. */
  output: DeepReadonly<FacilityOutput> | null;
  /** Why it is not counted. */
  reason: string;
}

/**
 * One holder's part of the counted output in {@link controlOf}.
 *
 * @category Queries
 */
export interface ControlShare {
  /** Key: an ultimate holder id (`state:KZ`), a country code (or `UNKNOWN`), or `state` / `private` / `unknown`. */
  key: string;
  /** Readable name. */
  name: string;
  /** Metric tons (tU for uranium) of the counted output. */
  tonnes: number;
  /** Share of the counted output (0–1), not of the national figure. */
  share: number;
  /** Share of the national figure (0–1), or null without one. */
  ofNational: number | null;
  /** True when any chain behind this part has an inferred link. */
  inferred: boolean;
}

/**
 * Who controls a country's output of a mineral, from the facilities behind it. Only facility figures on the
 * national figure's basis and year are added; the others are in `mismatches`. Shares are of the counted
 * figures; `coverage` says how much of the national figure they explain.
 *
 * @category Queries
 */
export interface Control {
  /** Country (alpha-2). */
  country: string;
  /** Mineral id. */
  mineral: string;
  /** Measure the facilities are weighed by. */
  measure: "production" | "capacity";
  /** The year compared (production), or null (capacity). */
  year: number | null;
  /** The basis of the counted figures (the national figure's for production). */
  basis: string | null;
  /**
   * The national figure compared with: newest edition of that year, world tables only; mine production, or the
   * refinery, smelter or plant production the tables give where they give the country no mine production. Where
   * a table prints several forms for the year (kaolin, bentonite), the form a facility figure names, else the
   * largest.
   */
  national: { figure: FigureRecord; tonnes: number } | null;
  /** Facilities counted. */
  facilities: ControlFacility[];
  /** Facilities of the country and mineral not counted, with why. */
  mismatches: ControlMismatch[];
  /** Sum of the counted figures, metric tons (tU for uranium). */
  totalTonnes: number;
  /** By ultimate holder, largest first. */
  byUltimateHolder: ControlShare[];
  /** By the ultimate holder's country (a state itself, a listed company's incorporation, `UNKNOWN`), largest first. */
  byHolderCountry: ControlShare[];
  /** By kind of ultimate holder: `state`, `private` (listed companies and named holders) or `unknown`. */
  byKind: ControlShare[];
  /** `totalTonnes / national.tonnes`, or null without a comparable national figure. */
  coverage: number | null;
  /** Why the answer is empty or partial, in words (with the curators' coverage gap, when one is recorded); null when facilities were counted and no figure was left out. */
  reason: string | null;
  /** The curators' record of why the pair's facilities explain too little of the national figure (or why it has none), when there is one. */
  gap: CoverageGapRecord | null;
  /**
   * Companies' own totals for the country and mineral (of `measure`), of `options.year` when given, else of
   * any year, newest first: what a producer
   * reports for all its operations where its facilities have no figures. Each with the national figure of its
   * year; never added to `totalTonnes` or `coverage`.
   */
  companyTotals: ControlCompanyTotal[];
}

/** The country's national production figures of the mineral: one per year and form (newest edition), newest year first, then largest. */
function nationalFigures(country: string, mineral: string): FigureRecord[] {
  const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
  const own = figures.filter(
    (f) =>
      f.country === country &&
      f.mineral === mineral &&
      f.value !== null &&
      f.qualifier === undefined &&
      !alternative.has(f.table) &&
      TONNES[f.unit] !== undefined,
  );
  const measure = NATIONAL_MEASURES.find((m) => own.some((f) => f.measure === m));
  const byKey = new Map<string, FigureRecord>();
  for (const f of own) {
    if (f.measure !== measure) continue;
    const key = `${f.year}|${f.form ?? ""}`;
    const prev = byKey.get(key);
    if (prev === undefined || f.vintage > prev.vintage) byKey.set(key, f);
  }
  const tonnes = (f: FigureRecord) => tonnesOf(f.value ?? 0, f.unit);
  return [...byKey.values()].sort((a, b) => b.year - a.year || tonnes(b) - tonnes(a));
}

function ownersWithOperator(facility: FacilityRecord, date: string | undefined): CurrentOwner[] {
  const owners = ownersOf(facility, date);
  if (owners.length > 0 || facility.operator === undefined) return owners;
  const operator = getCompany(facility.operator);
  if (operator === undefined) return [];
  return [
    {
      company: operator,
      share: 100,
      ultimateParent: operator,
      country: operator.country ?? "UNKNOWN",
      asOf: "",
      source: "",
      inferred: "operator-only",
    },
  ];
}

function holdersOfFacility(owners: CurrentOwner[], date: string | undefined, facility: FacilityRecord): UltimateHolder[] {
  const out: UltimateHolder[] = [];
  let covered = 0;
  for (const o of owners) {
    covered += o.share;
    for (const h of ultimateHoldersOf(o.company.id, date)) {
      out.push({ ...h, share: (h.share * o.share) / 100, inferred: h.inferred || o.inferred !== undefined });
    }
  }
  if (covered < 100 - 1e-9) {
    out.push({
      kind: "unknown",
      id: `unknown:${facility.id}`,
      name: facility.name,
      via: [],
      country: null,
      listings: [],
      share: 100 - covered,
      inferred: false,
      path: [],
      reason: owners.length === 0 ? "No owner or operator is recorded." : "The recorded owners cover less than 100 %.",
    });
  }
  return out;
}

function tally(
  counted: ControlFacility[],
  total: number,
  national: number | null,
  keyOf: (h: UltimateHolder) => [string, string],
): ControlShare[] {
  const acc = new Map<string, ControlShare>();
  for (const c of counted) {
    for (const h of c.holders) {
      const [key, name] = keyOf(h);
      const t = (c.tonnes * h.share) / 100;
      const prev = acc.get(key);
      if (prev === undefined) acc.set(key, { key, name, tonnes: t, share: 0, ofNational: null, inferred: h.inferred });
      else {
        prev.tonnes += t;
        prev.inferred ||= h.inferred;
      }
    }
  }
  return [...acc.values()]
    .map((x) => ({ ...x, share: total > 0 ? x.tonnes / total : 0, ofNational: national ? x.tonnes / national : null }))
    .sort((a, b) => b.tonnes - a.tonnes);
}

const describe = (o: DeepReadonly<FacilityOutput>) =>
  `${o.value} ${o.unit} ${o.form} (${o.basis}${o.attributable === true ? ", attributable" : ""}, ${o.year}${o.status === "target" ? ", target" : ""})`;

/**
 * Who controls a country's output of a mineral: the facilities behind it, their owners' ultimate holders
 * (states, listed companies, named private holders, or an explicit unknown), and the same answer by the
 * holders' countries and by state versus private. With `measure: "production"` (the default) a facility
 * counts only with a production figure on the national figure's basis (ore against ore, contained metal
 * against contained metal) and of the same year, on a 100 % basis (never an attributable share, a target or
 * a rate per month); a figure printed as a compound (pounds of U3O8) counts only through a sourced conversion
 * to the element, named in the facility's `conversion`; every other figure is listed in `mismatches` with the
 * reason, never added.
 * `coverage` says how much of the national figure (newest edition of that year, mine production from the
 * world tables; refinery, smelter or plant production where they give the country no mine production) the
 * counted facilities explain; `gap` is the curators' record of why a pair falls short, when there is one.
 *
 * @category Queries
 * @example
 * ```ts
 * import { controlOf } from "c5-minerals/facilities";
 * // Kazakhstan's chromite in 2024: Donskoy's 6 Mt of chromite ore against the national 6,100 kt (gross weight)
 * const c = controlOf("KZ", "chromium");
 * [c.year, c.basis, Math.round((c.coverage ?? 0) * 100)]; // [2024, "gross-weight", 98]
 * c.byKind.map((k) => [k.key, Math.round(k.share * 100)]); // [["private", 60], ["state", 40]]
 * // Titanium sponge: no mine production in the tables, so UKTMP's sponge against the national plant production
 * const ti = controlOf("KZ", "titanium");
 * [ti.national?.figure.measure, ti.year, Math.round((ti.coverage ?? 0) * 100)]; // ["plant-production", 2024, 100]
 * controlOf("UZ", "gold").gap?.kind; // "output"
 * ```
 */
export function controlOf(country: string, mineral: string, options: ControlOptions = {}): Control {
  const code = requireCountry(country, "country").alpha2;
  const mineralId = requireMineral(mineral, "mineral").id as string;
  const opts = requireOptions<ControlOptions>(options, "options", ["measure", "year", "ownersAsOf"]);
  const measure =
    opts.measure === undefined ? "production" : requireOneOf(opts.measure, "options.measure", ["production", "capacity"]);
  const wantedYear = opts.year === undefined ? undefined : requireInteger(opts.year, "options.year", 1900, 2100);
  const date = opts.ownersAsOf === undefined ? undefined : requirePartialDate(opts.ownersAsOf, "options.ownersAsOf");

  const candidates = findFacilities({ country: code, mineral: mineralId });
  const nationals = measure === "production" ? nationalFigures(code, mineralId) : [];
  const usable = (f: FacilityRecord) =>
    (f.output as readonly DeepReadonly<FacilityOutput>[]).filter((o) => o.mineral === mineralId && o.measure === measure);
  // an outturn for a whole year in a unit of mass; a facility's counts only on the 100 % basis
  const outturn = (o: DeepReadonly<FacilityOutput>) =>
    o.status !== "target" && (o.period ?? "year") === "year" && TONNES[o.unit] !== undefined;
  const countable = (o: DeepReadonly<FacilityOutput>) => outturn(o) && o.attributable !== true;

  let year: number | null = null;
  let national: FigureRecord | null = null;
  let basis: string | null = null;
  const kindsOf = (n: FigureRecord | null) =>
    n === null ? MINE_KINDS : (KINDS_FOR[n.measure as (typeof NATIONAL_MEASURES)[number]] ?? MINE_KINDS);
  // the form matters only where the table prints several forms of the mineral for the year
  const formMatters = (n: FigureRecord) => nationals.filter((x) => x.year === n.year).length > 1;
  // same year and basis (or a sourced conversion to it), and the same form where the table prints several
  const comparable = (o: DeepReadonly<FacilityOutput>, n: FigureRecord) =>
    o.year === n.year && conversionTo(o, n.basis) !== undefined && (!formMatters(n) || sameForm(o.form, n.form));
  const fitsNational = (o: DeepReadonly<FacilityOutput>, n: FigureRecord) => countable(o) && comparable(o, n);
  if (measure === "production") {
    const matches = (n: FigureRecord) =>
      candidates.some((f) => kindsOf(n).has(f.kind) && usable(f).some((o) => fitsNational(o, n)));
    national =
      wantedYear !== undefined
        ? (nationals.find((n) => n.year === wantedYear && matches(n)) ?? nationals.find((n) => n.year === wantedYear) ?? null)
        : (nationals.find(matches) ?? nationals[0] ?? null);
    year = wantedYear ?? national?.year ?? null;
    basis = national?.basis ?? null;
  } else {
    const count = new Map<string, number>();
    for (const f of candidates) for (const o of usable(f).filter(countable)) count.set(o.basis, (count.get(o.basis) ?? 0) + 1);
    basis = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }

  const counted: ControlFacility[] = [];
  const mismatches: ControlMismatch[] = [];
  for (const facility of candidates) {
    const outputs = usable(facility);
    const newest = [...outputs].sort((a, b) => a.year - b.year).at(-1) ?? null;
    if (outputs.length === 0) {
      mismatches.push({ facility, output: null, reason: `no sourced ${measure} figure` });
      continue;
    }
    if (measure === "production" && !kindsOf(national).has(facility.kind)) {
      const what = (national?.measure ?? "mine-production").replace("-", " ");
      mismatches.push({ facility, output: newest, reason: `a ${facility.kind}'s output is not ${what}` });
      continue;
    }
    const fits = outputs.filter(
      (o) =>
        countable(o) &&
        (o.basis === basis || (measure === "production" && conversionTo(o, basis) !== undefined)) &&
        (year === null || o.year === year) &&
        (national === null || measure !== "production" || fitsNational(o, national)),
    );
    // the newest year; within it, a figure printed on the basis before one that needs converting
    const pick = [...fits].sort((a, b) => a.year - b.year || Number(a.basis === basis) - Number(b.basis === basis)).at(-1);
    if (pick === undefined || basis === null) {
      const sameBasis = [...outputs].filter((o) => o.basis === basis).sort((a, b) => b.year - a.year);
      const near =
        outputs.find((o) => countable(o) && basis !== null && o.basis === basis) ??
        outputs.find((o) => year !== null && o.year === year) ??
        sameBasis[0] ??
        [...outputs].filter((o) => o.attributable !== true && o.status !== "target").sort((a, b) => b.year - a.year)[0] ??
        newest;
      const why =
        near === null
          ? "no figure"
          : near.status === "target"
            ? `only a target: ${describe(near)}`
            : near.attributable === true
              ? `only an attributable share: ${describe(near)}`
              : basis !== null && near.basis !== basis
                ? `basis ${near.basis} (${near.form}), the national figure is ${basis}${national ? ` (${national.form ?? national.basis})` : ""}`
                : year !== null && near.year !== year
                  ? `figure for ${near.year}, the national figure compared is for ${year}`
                  : national !== null && !sameForm(near.form, national.form)
                    ? `form ${near.form}, the national figure is ${national.form}`
                    : `not comparable: ${describe(near)}`;
      mismatches.push({
        facility,
        output: near,
        reason: national === null && measure === "production" ? `no national figure to compare; ${why}` : why,
      });
      continue;
    }
    const owners = ownersWithOperator(facility, date);
    const conversion = conversionTo(pick, basis) ?? null;
    counted.push({
      facility,
      output: pick,
      tonnes: tonnesOf(pick.value, pick.unit, conversion?.factor),
      conversion,
      owners,
      holders: holdersOfFacility(owners, date, facility),
    });
  }
  const totalTonnes = counted.reduce((s, c) => s + c.tonnes, 0);
  const nationalTonnes = national === null ? null : tonnesOf(national.value ?? 0, national.unit);
  const byUltimateHolder = tally(counted, totalTonnes, nationalTonnes, (h) => [
    h.id,
    h.kind === "state" ? `${h.name}${h.via.length > 0 ? ` (${h.via.join(", ")})` : ""}` : h.name,
  ]);
  const byHolderCountry = tally(counted, totalTonnes, nationalTonnes, (h) => [h.country ?? "UNKNOWN", h.country ?? "UNKNOWN"]);
  const byKind = tally(counted, totalTonnes, nationalTonnes, (h) =>
    h.kind === "state" ? ["state", "state"] : h.kind === "unknown" ? ["unknown", "unknown"] : ["private", "private"],
  );
  const coverage = nationalTonnes === null || nationalTonnes === 0 ? null : totalTonnes / nationalTonnes;
  let reason: string | null = null;
  if (candidates.length === 0) reason = `The dataset has no ${mineralId} facility in ${code}.`;
  else if (counted.length === 0)
    reason =
      measure === "production" && national === null
        ? `No national ${mineralId} mine-production figure for ${code}${year !== null ? ` in ${year}` : ""} to compare with; no facility counted.`
        : `No facility has a ${measure} figure${basis ? ` on the ${basis} basis` : ""}${year !== null ? ` for ${year}` : ""}; see mismatches.`;
  else if (mismatches.length > 0) reason = `${mismatches.length} facilities not counted; see mismatches.`;
  const companyTotals: ControlCompanyTotal[] = [];
  for (const company of companies) {
    for (const o of ("output" in company ? company.output : undefined) ?? []) {
      // a company's attributable total is its own share, so it is shown as well as its 100 % total
      if (o.country !== code || o.mineral !== mineralId || o.measure !== measure || !outturn(o)) continue;
      if (wantedYear !== undefined && o.year !== wantedYear) continue;
      const n = nationals.find((x) => comparable(o, x)) ?? null;
      const conversion = n === null ? null : (conversionTo(o, n.basis) ?? null);
      const tonnes = tonnesOf(o.value, o.unit, conversion?.factor);
      const nTonnes = n === null ? null : tonnesOf(n.value ?? 0, n.unit);
      companyTotals.push({
        company,
        output: o,
        tonnes,
        conversion,
        national: n,
        ofNational: nTonnes === null || nTonnes === 0 ? null : tonnes / nTonnes,
        holders: ultimateHoldersOf(company.id, date),
      });
    }
  }
  companyTotals.sort((a, b) => b.output.year - a.output.year || b.tonnes - a.tonnes);
  const gap = coverageGaps.find((g) => g.country === code && g.mineral === mineralId) ?? null;
  if (gap !== null) reason = `${reason === null ? "" : `${reason} `}Coverage gap: ${gap.reason}`;
  return {
    country: code,
    mineral: mineralId,
    measure,
    year,
    basis,
    national: national === null || nationalTonnes === null ? null : { figure: national, tonnes: nationalTonnes },
    facilities: counted,
    mismatches,
    totalTonnes,
    byUltimateHolder,
    byHolderCountry,
    byKind,
    coverage,
    reason,
    gap,
    companyTotals,
  };
}
