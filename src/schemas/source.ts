import * as z from "zod";
import { SOURCE_KINDS } from "../core/vocabulary.js";
import { Id, IsoDate, PartialDate } from "./common.js";

/**
 * What kind of publication a source is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceKind } from "c5-minerals/schemas";
 * SourceKind.options.includes("statistics"); // true
 * ```
 */
export const SourceKind = z.enum(SOURCE_KINDS).meta({
  description:
    "statistics: a statistical publication (USGS MCS); dataset: a machine-readable data release; official-statement: a government or organisation release; law: a legal act or official journal notice; report: a study by an agency or institution; news: a press article; reference: an encyclopedia, atlas or factbook entry.",
});
/**
 * What kind of publication a source is.
 *
 * @category Schemas
 */
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * A publication, statement, law or page that facts in this package come from.
 * Every record points at one or more sources by id.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Source } from "c5-minerals/schemas";
 * const source = Source.parse({
 *   id: "usgs-mcs-2026-chromium",
 *   title: "Mineral Commodity Summaries 2026: Chromium",
 *   publisher: "U.S. Geological Survey",
 *   url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-chromium.pdf",
 *   published: "2026-02",
 *   kind: "statistics",
 * });
 * source.kind; // "statistics"
 * ```
 */
export const Source = z
  .strictObject({
    id: Id.meta({ description: "Stable id other records cite." }),
    title: z.string().min(1).meta({ description: "Title as the publisher gives it." }),
    publisher: z.string().min(1).meta({ description: "Organisation that published it." }),
    url: z
      .url({ protocol: /^https?$/, error: "Expected an http(s) URL" })
      .meta({ description: "The publisher's canonical URL (its own page or PDF where one exists)." }),
    published: PartialDate.meta({ description: "Publication date, to the precision known." }),
    kind: SourceKind,
    edition: z.string().min(1).optional().meta({ description: "Edition or volume, e.g. 'MCS 2026'." }),
    readAt: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "Where the curators read the text, when that was a copy rather than `url` itself." }),
    accessed: IsoDate.optional().meta({ description: "When the curators read it." }),
    licence: z.string().min(1).optional().meta({ description: "Licence or terms note (e.g. 'US public domain')." }),
    note: z.string().min(1).optional().meta({ description: "Curators' note on how the source is used." }),
  })
  .meta({ id: "Source", description: "A publication, statement, law or page that facts come from." });
/**
 * A publication, statement, law or page that facts come from.
 *
 * @category Schemas
 */
export type Source = z.infer<typeof Source>;
