// Limits shared by the commands, in a module of their own so that a command that only queries loads no
// file-reading or validation code.

/** The most bytes a command reads from one input unless `--max-bytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
