/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Input that is not valid or cannot be read: printed as one line, exit code 1. */
export class InputError extends Error {
  override name = "InputError";
}
