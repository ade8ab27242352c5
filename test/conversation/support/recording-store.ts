import type { StateStore } from "../../../src/state/state-store";

/** Wraps a store and remembers every key and value written, to prove what is (not) stored. */
export function createRecordingStore(inner: StateStore): StateStore & { readonly written: string[] } {
  const written: string[] = [];
  return {
    written,
    get: (key) => inner.get(key),
    set: (key, value, options) => {
      written.push(key, value);
      return inner.set(key, value, options);
    },
    delete: (key) => inner.delete(key),
    claim: (key, ttlMs) => {
      written.push(key);
      return inner.claim(key, ttlMs);
    },
    increment: (key, by, ttlMs) => {
      written.push(key);
      return inner.increment(key, by, ttlMs);
    },
    readCounters: (keys) => inner.readCounters(keys),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}
