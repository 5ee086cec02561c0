import { comparePartialDates, requirePartialDate } from "../core/partial-dates.js";
import { type CompanyRecord, getCompany, requireCompany } from "../datasets/facilities.js";

/**
 * One direct holding in a company as of a date: another company of the dataset, a state (with the agency or
 * fund that holds for it), or a named private holder.
 *
 * @category Queries
 */
export interface Holding {
  /** `company` (a company of the dataset), `state` or `private` (a named person, family or fund). */
  kind: "company" | "state" | "private";
  /** Company id, alpha-2 code of the state, or the private holder's name. */
  id: string;
  /** Readable name. */
  name: string;
  /** The holding body for a state, e.g. "Samruk-Kazyna". */
  via?: string;
  /** The holder's country: the state itself, a company's country of incorporation, a private holder's when sourced. */
  country: string | null;
  /** Share in per cent. */
  share: number;
  /** The date the source states the share for. */
  asOf: string;
  /** When the holding took effect, when a source gives it. */
  since?: string;
  /** What the share was inferred from, when no source states it. */
  inferred?: string;
  /** The source of the claim. */
  source: string;
}

const resolveCompany = requireCompany;

/**
 * The direct holders of a company as of a date (default: the newest claims): for each holder, its newest
 * claim stated for a date not after `date` (and not taking effect after it). When the claims of different
 * dates would add up to more than 100 %, only the newest date's claims are kept. States' holdings come
 * from `stateOwnership`, companies' and named holders' from `holders`; a company with only a `parent`
 * has no holding here (see {@link ultimateHoldersOf}).
 *
 * @category Queries
 * @example
 * ```ts
 * import { holdingsOf } from "c5-minerals/facilities";
 * holdingsOf("erg").map((h) => `${h.name} ${h.share}`); // ["KZ 40", "Heirs of Alexander Mashkevich 20.7", "Ibragimov family 20.7", "Patokh Chodiev 18.6"]
 * ```
 */
export function holdingsOf(companyId: string, date?: string): Holding[] {
  const company = resolveCompany(companyId, "companyId");
  const at = date === undefined ? undefined : requirePartialDate(date, "date");
  return directHoldings(company, at);
}

function directHoldings(company: CompanyRecord, at: string | undefined): Holding[] {
  const all: Holding[] = [];
  for (const s of company.stateOwnership) {
    all.push({
      kind: "state",
      id: s.state,
      name: s.state,
      ...("via" in s && s.via !== undefined ? { via: s.via } : {}),
      country: s.state,
      share: s.share,
      asOf: s.asOf,
      ...("since" in s && s.since !== undefined ? { since: s.since } : {}),
      ...("inferred" in s && s.inferred !== undefined ? { inferred: s.inferred.from } : {}),
      source: s.source,
    });
  }
  const holders = "holders" in company && company.holders !== undefined ? company.holders : [];
  for (const h of holders) {
    const held = "company" in h && h.company !== undefined ? getCompany(h.company) : undefined;
    const privateName = "holder" in h && h.holder !== undefined ? h.holder : undefined;
    all.push({
      kind: held !== undefined ? "company" : "private",
      id: held?.id ?? privateName ?? "unknown",
      name: held?.name ?? privateName ?? "unknown",
      country: held !== undefined ? (held.country ?? null) : "country" in h && h.country !== undefined ? h.country : null,
      share: h.share,
      asOf: h.asOf,
      ...("since" in h && h.since !== undefined ? { since: h.since } : {}),
      ...("inferred" in h && h.inferred !== undefined ? { inferred: h.inferred.from } : {}),
      source: h.source,
    });
  }
  const eligible = all.filter(
    (h) =>
      at === undefined ||
      (comparePartialDates(h.asOf, at) <= 0 && (h.since === undefined || comparePartialDates(h.since, at) <= 0)),
  );
  const key = (h: Holding) => `${h.kind}|${h.id}|${h.via ?? ""}`;
  const newest = new Map<string, Holding>();
  for (const h of eligible) {
    const prev = newest.get(key(h));
    if (prev === undefined || comparePartialDates(h.asOf, prev.asOf) > 0) newest.set(key(h), h);
  }
  // a newest claim of 0 % says the holding ended: the holder drops out
  let picked = [...newest.values()].filter((h) => h.share > 0);
  if (picked.reduce((s, h) => s + h.share, 0) > 100 + 1e-9) {
    const top = [...picked].sort((a, b) => comparePartialDates(a.asOf, b.asOf)).at(-1)?.asOf;
    picked = eligible.filter((h) => h.asOf === top && h.share > 0);
  }
  // states first, then by share
  return picked.sort((a, b) => (a.kind === "state" ? 0 : 1) - (b.kind === "state" ? 0 : 1) || b.share - a.share);
}

/**
 * An ultimate holder of a company: a state (with the agency or fund that holds for it), a listed company
 * (its exchange and ticker; for a listed company's own free float, the company itself), a named private
 * holder, or an explicit unknown (a company whose owners no source read names).
 *
 * @category Queries
 */
export interface UltimateHolder {
  /** `state`, `listed`, `private` or `unknown`. */
  kind: "state" | "listed" | "private" | "unknown";
  /** A stable key: `state:KZ`, `company:cameco`, `private:Patokh Chodiev`, `unknown:kazakhmys`. */
  id: string;
  /** Readable name: the state's code, the company's or holder's name; for `unknown`, the company at which the chain stops. */
  name: string;
  /** The holding bodies of a state along the chain, e.g. ["Samruk-Kazyna"]. */
  via: string[];
  /** The holder's country: the state itself, a listed company's country of incorporation, a private holder's when sourced. */
  country: string | null;
  /** Listings, for a listed company. */
  listings: string[];
  /** Effective share in per cent of the company asked about (products of the shares along the chain). */
  share: number;
  /** True when any link of the chain is inferred (a share inferred, or a parent named without a share). */
  inferred: boolean;
  /** The company ids from the company asked about up to the holder. */
  path: string[];
  /** Why the chain stops, for `unknown`. */
  reason?: string;
}

/**
 * The ultimate holders of a company as of a date (default: the newest claims), following its holders up
 * to states, listed companies, named private holders or an explicit unknown. Shares multiply along the
 * chain; the part of a company its recorded holders do not cover goes to its free float when it is listed
 * and to `unknown` otherwise; a company with a `parent` and no recorded holding passes its whole share to
 * the parent, marked as inferred. The effective shares add up to 100.
 *
 * @category Queries
 * @example
 * ```ts
 * import { ultimateHoldersOf } from "c5-minerals/facilities";
 * ultimateHoldersOf("kazchrome").map((h) => [h.kind, h.name, h.share]); // [["state", "KZ", 40], ["private", "Heirs of Alexander Mashkevich", 20.7], ["private", "Ibragimov family", 20.7], ["private", "Patokh Chodiev", 18.6]]
 * ```
 */
export function ultimateHoldersOf(companyId: string, date?: string): UltimateHolder[] {
  const company = resolveCompany(companyId, "companyId");
  const at = date === undefined ? undefined : requirePartialDate(date, "date");
  return merge(walk(company, at, 100, [], false));
}

function walk(
  company: CompanyRecord,
  at: string | undefined,
  share: number,
  path: string[],
  inferred: boolean,
): UltimateHolder[] {
  const here = [...path, company.id];
  if (path.includes(company.id)) {
    return [unknown(company, share, here, inferred, "The ownership chain loops back to this company.")];
  }
  const holdings = directHoldings(company, at);
  const listings = [...company.listings];
  if (holdings.length === 0) {
    if (listings.length > 0) return [listed(company, share, here, inferred)];
    const parent = company.parent === undefined ? undefined : getCompany(company.parent);
    if (parent !== undefined) return walk(parent, at, share, here, true);
    const reason =
      "holdersUnknown" in company && company.holdersUnknown !== undefined ? company.holdersUnknown : "No holder is recorded.";
    return [unknown(company, share, here, inferred, reason)];
  }
  const out: UltimateHolder[] = [];
  let covered = 0;
  for (const h of holdings) {
    covered += h.share;
    const part = (share * h.share) / 100;
    const linkInferred = inferred || h.inferred !== undefined;
    if (h.kind === "state") {
      out.push({
        kind: "state",
        id: `state:${h.id}`,
        name: h.id,
        via: h.via === undefined ? [] : [h.via],
        country: h.id,
        listings: [],
        share: part,
        inferred: linkInferred,
        path: here,
      });
    } else if (h.kind === "private") {
      out.push({
        kind: "private",
        id: `private:${h.id}`,
        name: h.name,
        via: [],
        country: h.country,
        listings: [],
        share: part,
        inferred: linkInferred,
        path: here,
      });
    } else {
      const held = getCompany(h.id);
      if (held === undefined)
        out.push(unknown(company, part, here, linkInferred, `Holder '${h.id}' is not a company of the dataset.`));
      else out.push(...walk(held, at, part, here, linkInferred));
    }
  }
  const rest = Math.max(0, 100 - covered);
  if (rest > 1e-9) {
    const part = (share * rest) / 100;
    out.push(
      listings.length > 0
        ? {
            ...listed(company, part, here, inferred),
            reason: "Free float: the part of a listed company its recorded holders do not cover.",
          }
        : unknown(company, part, here, inferred, "The recorded holders cover less than 100 %."),
    );
  }
  return out;
}

function listed(company: CompanyRecord, share: number, path: string[], inferred: boolean): UltimateHolder {
  return {
    kind: "listed",
    id: `company:${company.id}`,
    name: company.name,
    via: [],
    country: company.country ?? null,
    listings: [...company.listings],
    share,
    inferred,
    path,
  };
}

function unknown(company: CompanyRecord, share: number, path: string[], inferred: boolean, reason: string): UltimateHolder {
  return {
    kind: "unknown",
    id: `unknown:${company.id}`,
    name: company.name,
    via: [],
    country: null,
    listings: [],
    share,
    inferred,
    path,
    reason,
  };
}

function merge(holders: UltimateHolder[]): UltimateHolder[] {
  const byId = new Map<string, UltimateHolder>();
  for (const h of holders) {
    const prev = byId.get(h.id);
    if (prev === undefined) byId.set(h.id, { ...h, via: [...h.via] });
    else {
      prev.share += h.share;
      prev.inferred ||= h.inferred;
      for (const v of h.via) if (!prev.via.includes(v)) prev.via.push(v);
    }
  }
  const rank = { state: 0, listed: 1, private: 2, unknown: 3 } as const;
  return [...byId.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || b.share - a.share);
}
