/**
 * Datasets that are read on first use. Under Node the package's dataset arrays are loaded from their JSON
 * files the first time anything touches them, so an import costs only the code of the module: a server or
 * a CLI that asks for one country never parses the figures. Bundlers get the eager build instead (see the
 * `module` condition in package.json), where the records are JSON modules.
 *
 * A lazy dataset is a `Proxy` over an array. The first operation of any kind (reading an index or
 * `length`, iterating, `Object.isFrozen`, inspecting it) loads the records into the array and freezes it
 * deeply; from then on every operation is the array's own. To code that uses it, it is the frozen array.
 *
 * Not part of the public API.
 */

const lazyArrays = new WeakSet<object>();
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** Whether a value is a lazy dataset that has not been loaded yet (it freezes itself when it is). */
export function isLazyDataset(value: unknown): boolean {
  return typeof value === "object" && value !== null && lazyArrays.has(value);
}

/**
 * A read-only array whose records `load` gives on first use; `load` must return deeply frozen records.
 * When `load` throws, the error reaches the operation that touched the dataset, and the next operation
 * tries again.
 */
export function lazyDataset<T>(load: () => readonly T[]): readonly T[] {
  const target: T[] = [];
  const handler: ProxyHandler<T[]> = {};
  let loaded = false;
  let loading = false;
  const materialize = () => {
    if (loaded) return;
    // A load that fails (a transient EMFILE, a file being replaced) leaves the dataset unloaded: the error
    // goes to the caller and the next use loads again. It is never served empty or half-filled.
    if (loading) throw new Error("a dataset was used while it was being loaded");
    loading = true;
    let records: readonly T[];
    try {
      records = load();
      if (!Array.isArray(records)) throw new TypeError("a dataset loader returned something that is not an array");
    } finally {
      loading = false;
    }
    loaded = true;
    lazyArrays.delete(proxy);
    delete (target as unknown as Record<symbol, unknown>)[inspectSymbol];
    for (let i = 0; i < records.length; i++) target.push(records[i] as T);
    Object.freeze(target);
    // Every trap goes: the proxy now forwards each operation to the frozen array by itself.
    for (const trap of Object.keys(handler)) delete handler[trap as keyof ProxyHandler<T[]>];
  };
  // Node's inspector reads the target of a proxy directly; this hook shows the records instead of [].
  Object.defineProperty(target, inspectSymbol, {
    configurable: true,
    enumerable: false,
    value(_depth: number, options: object, inspect: (value: unknown, options: object) => string) {
      materialize();
      return inspect(target, options);
    },
  });
  // Each trap loads the records, then does what the array itself would do.
  const traps = [
    "get",
    "has",
    "ownKeys",
    "getOwnPropertyDescriptor",
    "isExtensible",
    "preventExtensions",
    "set",
    "defineProperty",
    "deleteProperty",
    "setPrototypeOf",
  ] as const;
  for (const trap of traps) {
    const reflect = Reflect[trap] as (...args: unknown[]) => unknown;
    (handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
      materialize();
      return reflect(...args);
    };
  }
  const proxy = new Proxy(target, handler);
  lazyArrays.add(proxy);
  return proxy;
}
