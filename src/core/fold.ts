// The one folding of names for matching, below every other module of the core: guards use it to suggest an
// option key, the resolvers and indexes to match names.

/** Lower case, accents removed, apostrophes (and Uzbek's ʻ ʼ) dropped, other punctuation and spaces collapsed. */
export function fold(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u02BB\u02BC\u2018\u2019'`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
