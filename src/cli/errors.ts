/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Input that is not valid or cannot be read: printed as one line, exit code 1. */
export class InputError extends Error {
  override name = "InputError";
}

const OS_ERRORS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large for the file system",
  EPIPE: "the reader closed the pipe",
  EROFS: "read-only file system",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many symbolic links",
  EIO: "input/output error",
  ERR_FS_FILE_TOO_LARGE: "file too large to read at once",
  ERR_STRING_TOO_LONG: "too large to hold as text",
});

/**
 * What an error from the operating system or the runtime's limits means, in words, or undefined for
 * any other error: `permission denied (EACCES)`.
 */
export function describeOsError(error: unknown): string | undefined {
  if (error instanceof RangeError && /Invalid string length|Invalid array length/.test(error.message))
    return "too large to hold in memory";
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  const words = Object.hasOwn(OS_ERRORS, code) ? OS_ERRORS[code] : undefined;
  if (words !== undefined) return `${words} (${code})`;
  return /^E[A-Z]+$/.test(code) ? `${(error as Error).message}` : undefined;
}

/**
 * Text safe to print to a terminal: control characters (other than line ends and tabs), C1 controls
 * and bidirectional overrides are shown as \u escapes, so nothing read from input can move the cursor,
 * change colours or reorder what is shown.
 */
export function terminalSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const unsafe =
      (c < 0x20 && c !== 0x0a && c !== 0x09) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0x061c ||
      c === 0x200e ||
      c === 0x200f ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069);
    out += unsafe ? `\\u${c.toString(16).padStart(4, "0")}` : ch;
  }
  return out;
}
