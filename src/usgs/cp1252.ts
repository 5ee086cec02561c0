/**
 * Windows-1252 assigns printable characters to 0x80–0x9F (0x97 is the em dash USGS prints for zero);
 * the WHATWG decoder Node ships under that label maps them to C1 control characters as Latin-1 does.
 * Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are undefined in the code page and decode to U+FFFD.
 */
const HIGH: readonly number[] = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 (code page 1252) bytes: 0x00–0x7F and 0xA0–0xFF as Latin-1, 0x80–0x9F by the
 * code page's own table (0x80 euro sign, 0x96 en dash, 0x97 em dash, 0x93/0x94 curly quotes, …).
 *
 * @category Validation
 * @example
 * ```ts
 * import { decodeWindows1252 } from "c5-minerals/usgs";
 * decodeWindows1252(Uint8Array.of(0x97)); // "—"
 * decodeWindows1252(Uint8Array.of(0x54, 0xfc, 0x72)); // "Tür"
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("bytes must be a Uint8Array");
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] as number) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
