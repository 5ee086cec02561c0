import { excerpt } from "../core/excerpt.js";
import type { DeepReadonly } from "../core/freeze.js";
import { kindOf, requireOptions } from "../core/guards.js";
import type { Corridor, CorridorLeg, CorridorNode } from "../schemas/corridor.js";
import type { Country } from "../schemas/country.js";
import type { Figure, FigureTable } from "../schemas/figure.js";
import type { CriticalMineralList, OmittedList } from "../schemas/list.js";
import type { Mineral } from "../schemas/mineral.js";
import type { Event, Partnership } from "../schemas/partnership.js";
import type { Source } from "../schemas/source.js";
import { requireCollectionsOf } from "./collections.js";
import { type IntegrityIssue, issueRecorder } from "./issue-recorder.js";

export type { IntegrityIssue };

/**
 * Collections to check together. Give any subset: each rule runs when the collections it needs are present,
 * so a caller can check, say, figures against the package's own countries and minerals.
 *
 * @category Validation
 */
export interface Collections {
  /** Source records. */
  sources?: readonly DeepReadonly<Source>[];
  /** Country records. */
  countries?: readonly DeepReadonly<Country>[];
  /** Mineral records. */
  minerals?: readonly DeepReadonly<Mineral>[];
  /** Critical-mineral lists. */
  lists?: readonly DeepReadonly<CriticalMineralList>[];
  /** Lists considered and left out, with the reason. */
  omittedLists?: readonly DeepReadonly<OmittedList>[];
  /** Source tables figures were read from. */
  figureTables?: readonly DeepReadonly<FigureTable>[];
  /** Figures. */
  figures?: readonly DeepReadonly<Figure>[];
  /** Partnerships. */
  partnerships?: readonly DeepReadonly<Partnership>[];
  /** Events. */
  events?: readonly DeepReadonly<Event>[];
  /** Corridor nodes. */
  nodes?: readonly DeepReadonly<CorridorNode>[];
  /** Corridor legs. */
  legs?: readonly DeepReadonly<CorridorLeg>[];
  /** Corridors. */
  corridors?: readonly DeepReadonly<Corridor>[];
}

/**
 * Element symbols, checked by the mineral rules; the element vocabulary is passed in so it stays data.
 *
 * @category Validation
 */
export interface IntegrityOptions {
  /** Known element symbols (for group members and mineral symbols). */
  elementSymbols?: ReadonlySet<string>;
}

/**
 * Checks the rules that span records: unique ids, references that resolve (sources, countries, minerals,
 * partnerships, nodes, legs, tables), symmetric borders, one figure per key, membership after launch.
 * Returns every broken rule; an empty array means the collections are consistent.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkIntegrity } from "c5-minerals/validate";
 * const issues = checkIntegrity({
 *   sources: [],
 *   minerals: [{ id: "zinc", name: "Zinc", aliases: [], kind: "element", symbols: ["Zn"], tariffCodes: [],
 *     sources: ["missing-source"] }],
 * });
 * issues[0]?.path; // "minerals[0].sources[0]"
 * ```
 */
export function checkIntegrity(c: Collections, options: IntegrityOptions = {}): IntegrityIssue[] {
  requireCollections(c, "c");
  const o = requireOptions<IntegrityOptions>(options, "options", ["elementSymbols"]);
  if (o.elementSymbols !== undefined && !(o.elementSymbols instanceof Set))
    throw new TypeError(`options.elementSymbols must be a Set of element symbols, got ${kindOf(o.elementSymbols)}`);
  const { issues, add, ids, ref } = issueRecorder();
  const sourceIds = ids("sources", c.sources, (s) => s.id);
  const countryCodes = ids("countries", c.countries, (x) => x.alpha2);
  ids("countries", c.countries, (x) => x.alpha3);
  ids("countries", c.countries, (x) => x.numeric);
  const mineralIds = ids("minerals", c.minerals, (m) => m.id);
  ids("lists", c.lists, (l) => l.id);
  ids("omittedLists", c.omittedLists, (l) => l.id);
  const tableIds = ids("figureTables", c.figureTables, (t) => t.id);
  const partnershipIds = ids("partnerships", c.partnerships, (p) => p.id);
  ids("events", c.events, (e) => e.id);
  const nodeIds = ids("nodes", c.nodes, (n) => n.id);
  const legIds = ids("legs", c.legs, (l) => l.id);
  ids("corridors", c.corridors, (x) => x.id);

  const source = (path: string, id: string) => ref(sourceIds, "source", path, id);
  const sourceList = (path: string, list: readonly string[]) => list.forEach((id, i) => source(`${path}[${i}]`, id));
  const country = (path: string, code: string) => ref(countryCodes, "country", path, code);
  const party = (path: string, code: string) => {
    if (code !== "EU") country(path, code);
  };
  const mineral = (path: string, id: string) => ref(mineralIds, "mineral", path, id);
  const symbols = options.elementSymbols;

  c.countries?.forEach((x, i) => {
    const p = `countries[${i}]`;
    sourceList(`${p}.sources`, x.sources);
    const profile = x.profile;
    if (profile === undefined) return;
    source(`${p}.profile.regionSource`, profile.regionSource);
    source(`${p}.profile.capital.source`, profile.capital.source);
    profile.capital.formerNames.forEach((f, j) => source(`${p}.profile.capital.formerNames[${j}].source`, f.source));
    source(`${p}.profile.bordersSource`, profile.bordersSource);
    source(`${p}.profile.area.source`, profile.area.source);
    source(`${p}.profile.currency.source`, profile.currency.source);
    profile.population.forEach((pop, j) => source(`${p}.profile.population[${j}].source`, pop.source));
    profile.borders.forEach((b, j) => {
      const path = `${p}.profile.borders[${j}].country`;
      country(path, b.country);
      if (b.country === x.alpha2) add(path, `${x.alpha2} cannot border itself`);
      const other = c.countries?.find((o) => o.alpha2 === b.country);
      if (other?.profile !== undefined && !other.profile.borders.some((ob) => ob.country === x.alpha2)) {
        add(path, `${x.alpha2} lists a border with ${b.country}, but ${b.country} does not list ${x.alpha2}`);
      }
    });
  });

  c.minerals?.forEach((m, i) => {
    const p = `minerals[${i}]`;
    sourceList(`${p}.sources`, m.sources);
    m.tariffCodes.forEach((h, j) => source(`${p}.tariffCodes[${j}].source`, h.source));
    if (symbols !== undefined) {
      m.symbols.forEach((s, j) => {
        if (!symbols.has(s)) add(`${p}.symbols[${j}]`, `'${excerpt(s)}' is not an element symbol`);
      });
      m.members?.forEach((s, j) => {
        if (!symbols.has(s)) add(`${p}.members[${j}]`, `'${excerpt(s)}' is not an element symbol`);
      });
    }
  });

  c.lists?.forEach((l, i) => {
    const p = `lists[${i}]`;
    source(`${p}.source`, l.source);
    if (l.jurisdiction !== "EU") country(`${p}.jurisdiction`, l.jurisdiction);
    l.entries.forEach((e, j) => e.minerals.forEach((m, k) => mineral(`${p}.entries[${j}].minerals[${k}]`, m)));
    l.otherSources?.forEach((id, j) => source(`${p}.otherSources[${j}]`, id));
    if (l.changes !== undefined) source(`${p}.changes.source`, l.changes.source);
    const other = (field: string, id: string | undefined) => {
      if (id === undefined || c.lists === undefined) return undefined;
      const found = c.lists.find((o) => o.id === id);
      if (found === undefined) add(`${p}.${field}`, `Unknown list '${excerpt(id)}'`);
      else if (found.family !== l.family)
        add(`${p}.${field}`, `'${excerpt(id)}' is of family '${excerpt(found.family)}', not '${excerpt(l.family)}'`);
      return found;
    };
    // A final edition replaces the previous final edition; the older one is superseded when the newer takes effect.
    const older = other("supersedes", l.supersedes);
    if (older !== undefined) {
      if (l.stage !== "final" || older.stage !== "final")
        add(`${p}.supersedes`, "Only a final edition supersedes a final edition");
      const takesEffect = l.dates.inForce ?? l.dates.published ?? l.dates.adopted;
      if (older.dates.superseded !== takesEffect)
        add(
          `${p}.supersedes`,
          `'${excerpt(older.id)}' should be superseded on ${takesEffect}, when this edition takes effect, not on ${older.dates.superseded}`,
        );
      if (c.lists?.some((o) => o !== l && o.supersedes === l.supersedes))
        add(`${p}.supersedes`, `'${excerpt(older.id)}' is superseded twice`);
    }
    // A draft or proposal ends when the final list it led to is published.
    const draft = other("proposedAs", l.proposedAs);
    if (draft !== undefined) {
      if (l.stage !== "final" || draft.stage === "final")
        add(`${p}.proposedAs`, "A final list is proposed as a draft or proposal");
      if (draft.dates.superseded !== l.dates.published)
        add(
          `${p}.proposedAs`,
          `'${excerpt(draft.id)}' should be superseded on ${l.dates.published}, when this list is published`,
        );
    }
    if (l.changes !== undefined) other("changes.against", l.changes.against);
  });

  c.omittedLists?.forEach((o, i) => {
    const p = `omittedLists[${i}]`;
    sourceList(`${p}.sources`, o.sources);
    if (o.jurisdiction !== "EU") country(`${p}.jurisdiction`, o.jurisdiction);
    if (c.lists?.some((l) => l.id === o.id)) add(`${p}.id`, `'${excerpt(o.id)}' is both a list and an omitted list`);
  });

  c.figureTables?.forEach((t, i) => {
    const p = `figureTables[${i}]`;
    source(`${p}.source`, t.source);
    t.otherSources?.forEach((id, j) => source(`${p}.otherSources[${j}]`, id));
    mineral(`${p}.mineral`, t.mineral);
  });

  if (c.figures !== undefined) {
    const keys = new Map<string, number>();
    c.figures.forEach((f, i) => {
      const p = `figures[${i}]`;
      if (f.country !== "WORLD" && f.country !== "OTHER") country(`${p}.country`, f.country);
      f.excludes?.forEach((code, j) => country(`${p}.excludes[${j}]`, code));
      mineral(`${p}.mineral`, f.mineral);
      source(`${p}.source`, f.source);
      ref(tableIds, "figure table", `${p}.table`, f.table);
      const key = [f.country, f.mineral, f.measure, f.basis, f.form ?? "", f.year, f.vintage].join("|");
      const first = keys.get(key);
      if (first !== undefined) {
        add(p, `Same country, mineral, measure, basis, form, year and vintage as figures[${first}]`);
      } else keys.set(key, i);
    });
  }

  c.partnerships?.forEach((x, i) => {
    const p = `partnerships[${i}]`;
    sourceList(`${p}.sources`, x.sources);
    if (x.parent !== undefined) ref(partnershipIds, "partnership", `${p}.parent`, x.parent);
    x.focusMinerals.forEach((m, j) => mineral(`${p}.focusMinerals[${j}]`, m));
    x.members.forEach((m, j) => {
      party(`${p}.members[${j}].party`, m.party);
      source(`${p}.members[${j}].source`, m.source);
    });
  });

  c.events?.forEach((e, i) => {
    const p = `events[${i}]`;
    sourceList(`${p}.sources`, e.sources);
    e.participants.forEach((code, j) => party(`${p}.participants[${j}]`, code));
    e.partnerships.forEach((id, j) => ref(partnershipIds, "partnership", `${p}.partnerships[${j}]`, id));
    if (e.place?.country !== undefined) party(`${p}.place.country`, e.place.country);
  });

  c.nodes?.forEach((n, i) => {
    sourceList(`nodes[${i}].sources`, n.sources);
    country(`nodes[${i}].country`, n.country);
  });
  c.legs?.forEach((l, i) => {
    const p = `legs[${i}]`;
    sourceList(`${p}.sources`, l.sources);
    ref(nodeIds, "node", `${p}.from`, l.from);
    ref(nodeIds, "node", `${p}.to`, l.to);
    l.lengthKm.forEach((claim, j) => {
      source(`${p}.lengthKm[${j}].source`, claim.source);
      claim.sections?.forEach((x, k) => source(`${p}.lengthKm[${j}].sections[${k}].source`, x.source));
    });
  });
  c.corridors?.forEach((x, i) => {
    const p = `corridors[${i}]`;
    sourceList(`${p}.sources`, x.sources);
    x.countries.forEach((code, j) => country(`${p}.countries[${j}]`, code));
    x.bypasses.forEach((code, j) => country(`${p}.bypasses[${j}]`, code));
    x.legs.forEach((id, j) => ref(legIds, "leg", `${p}.legs[${j}]`, id));
    x.metrics.forEach((m, j) => source(`${p}.metrics[${j}].source`, m.source));
  });

  return issues;
}

const COLLECTION_KEYS = [
  "sources",
  "countries",
  "minerals",
  "lists",
  "omittedLists",
  "facilities",
  "companies",
  "projects",
  "coverageGaps",
  "figureTables",
  "figures",
  "partnerships",
  "events",
  "nodes",
  "legs",
  "corridors",
] as const;

/**
 * Collections checked at the boundary: an object whose known collections, where given, are arrays of
 * objects. Other keys are ignored, so a module namespace such as the package's root can be passed.
 */
export function requireCollections(value: unknown, name: string): Collections {
  return requireCollectionsOf<Collections>(value, name, COLLECTION_KEYS);
}
