/**
 * A compact encoding of many records that share keys and repeat string values (figures: thousands of
 * records that name the same few minerals, measures, units, sources and tables). Each record becomes a
 * row of values in a fixed key order; a key whose values are all strings stores indexes into one shared
 * string table. It is what the package embeds for its largest dataset: a fraction of the JSON bytes, and
 * records are built and frozen in one pass instead of parsed and then walked again to freeze them.
 *
 * Not part of the public API: the dataset modules unpack it once, at import, into the records they export.
 */
export interface PackedRecords {
  /** The keys, in the order records list them. */
  readonly keys: readonly string[];
  /** Per key: 1 when its values are indexes into `strings`, 0 when they are stored as they are. */
  readonly indexed: readonly (0 | 1)[];
  /** Per key: the stored value that means "this record has no such key" (`-1` for indexed keys). */
  readonly absent: readonly unknown[];
  /** The string table of the indexed keys. */
  readonly strings: readonly string[];
  /** One row per record: a value per key. */
  readonly rows: readonly (readonly unknown[])[];
}

/** Freezes a stored value: arrays and objects inside a record are frozen too. */
function frozen(value: unknown): unknown {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Builds the records of a {@link PackedRecords}, each deeply frozen, in a frozen array.
 */
export function unpackRecords<T>(packed: PackedRecords): readonly T[] {
  const { keys, indexed, absent, strings, rows } = packed;
  const records: unknown[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    const record: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const stored = row[k];
      if (stored === absent[k]) continue;
      record[keys[k] as string] = indexed[k] === 1 ? strings[stored as number] : frozen(stored);
    }
    records[r] = Object.freeze(record);
  }
  return Object.freeze(records) as readonly T[];
}

/** One key order that every record's own order fits (a topological order), or an error. */
function keyOrder(records: readonly object[]): string[] {
  const after = new Map<string, Set<string>>();
  const firstSeen: string[] = [];
  for (const record of records) {
    const own = Object.keys(record);
    own.forEach((key, i) => {
      if (!after.has(key)) {
        after.set(key, new Set());
        firstSeen.push(key);
      }
      const next = own[i + 1];
      if (next !== undefined) after.get(key)?.add(next);
    });
  }
  const incoming = new Map(firstSeen.map((k) => [k, 0]));
  for (const nexts of after.values()) for (const n of nexts) incoming.set(n, (incoming.get(n) ?? 0) + 1);
  const order: string[] = [];
  const ready = firstSeen.filter((k) => incoming.get(k) === 0);
  while (ready.length > 0) {
    const key = ready.shift() as string;
    order.push(key);
    for (const n of after.get(key) ?? []) {
      const left = (incoming.get(n) ?? 0) - 1;
      incoming.set(n, left);
      if (left === 0) ready.push(n);
    }
  }
  if (order.length !== firstSeen.length) throw new Error("Records list their keys in different orders");
  return order;
}

/**
 * Encodes records as {@link PackedRecords} (build time). Throws when a key's values cannot be told apart
 * from its absence, or when records list their keys in orders that no single key order fits.
 */
export function packRecords(records: readonly object[]): PackedRecords {
  const keys = keyOrder(records);
  const values = (key: string) => records.filter((r) => Object.hasOwn(r, key)).map((r) => (r as Record<string, unknown>)[key]);
  const indexed = keys.map((key) => (values(key).every((v) => typeof v === "string") ? 1 : 0) as 0 | 1);
  const absent = keys.map((key, k) => {
    if (indexed[k] === 1) return -1;
    const present = values(key);
    for (const candidate of ["", null, -1]) if (!present.some((v) => v === candidate)) return candidate;
    throw new Error(`Key '${key}' has no value free to mark its absence`);
  });
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const rows = records.map((record) =>
    keys.map((key, k) => {
      if (!Object.hasOwn(record, key)) return absent[k];
      const value = (record as Record<string, unknown>)[key];
      return indexed[k] === 1 ? intern(value as string) : value;
    }),
  );
  return { keys, indexed, absent, strings, rows };
}
