import { StateConflictError, StateUnavailableError } from "../errors";
import type { StateStore, VersionedValue, WriteOptions } from "./state-store";

export interface MemoryStateStoreOptions {
  /** Clock in epoch milliseconds; tests inject one to let TTLs pass without sleeping. */
  readonly now?: () => number;
  /** Sweep expired entries after this many writes at least (more when the store is larger). Default 1000. */
  readonly sweepEvery?: number;
}

export interface MemoryStateStore extends StateStore {
  /** Entries held, including expired ones not yet swept; for tests and diagnostics. */
  readonly size: number;
}

interface Entry {
  value: string;
  version: number;
  expiresAt: number | undefined;
}

/**
 * The embedded StateStore for a single process. TTLs are checked when a key is touched, and a
 * sweep every so many writes drops expired keys nobody reads again, so memory stays bounded.
 * Every method body runs synchronously, which is what makes claim and increment atomic here.
 */
export function createMemoryStateStore(options: MemoryStateStoreOptions = {}): MemoryStateStore {
  const now = options.now ?? Date.now;
  const sweepEvery = options.sweepEvery ?? 1000;
  const entries = new Map<string, Entry>();
  let writesSinceSweep = 0;
  let closed = false;

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  // Sweeping only after max(sweepEvery, size) writes keeps the cost per write constant.
  const noteWrite = (): void => {
    writesSinceSweep += 1;
    if (writesSinceSweep < Math.max(sweepEvery, entries.size)) return;
    writesSinceSweep = 0;
    const at = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt !== undefined && entry.expiresAt <= at) entries.delete(key);
    }
  };

  const open = (): void => {
    if (closed) throw new StateUnavailableError("The in-memory state store was closed; create a new one.");
  };

  return {
    get size() {
      return entries.size;
    },

    async get(key: string): Promise<VersionedValue | undefined> {
      open();
      const entry = live(key);
      return entry === undefined ? undefined : { value: entry.value, version: entry.version };
    },

    async set(key: string, value: string, writeOptions: WriteOptions = {}): Promise<number> {
      open();
      const ttlMs = writeOptions.ttlMs === undefined ? undefined : checkTtlMs(writeOptions.ttlMs);
      const current = live(key);
      const expected = writeOptions.ifVersion;
      if (
        expected === "absent"
          ? current !== undefined
          : expected !== undefined && current?.version !== expected
      ) {
        throw new StateConflictError(key);
      }
      const version = (current?.version ?? 0) + 1;
      entries.set(key, { value, version, expiresAt: ttlMs === undefined ? undefined : now() + ttlMs });
      noteWrite();
      return version;
    },

    async delete(key: string): Promise<void> {
      open();
      entries.delete(key);
    },

    async claim(key: string, ttlMs: number): Promise<boolean> {
      open();
      const expiresAt = now() + checkTtlMs(ttlMs);
      if (live(key) !== undefined) return false;
      entries.set(key, { value: "1", version: 1, expiresAt });
      noteWrite();
      return true;
    },

    async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
      open();
      checkIncrement(by);
      const ttl = ttlMs === undefined ? undefined : checkTtlMs(ttlMs);
      const current = live(key);
      const total = (current === undefined ? 0 : counterValue(key, current.value)) + by;
      // Like the Redis script: the expiry starts with the counter and later increments keep it.
      const expiresAt = current?.expiresAt ?? (ttl === undefined ? undefined : now() + ttl);
      entries.set(key, { value: String(total), version: (current?.version ?? 0) + 1, expiresAt });
      noteWrite();
      return total;
    },

    async readCounters(keys: readonly string[]): Promise<number[]> {
      open();
      return keys.map((key) => {
        const entry = live(key);
        return entry === undefined ? 0 : counterValue(key, entry.value);
      });
    },

    async ping(): Promise<void> {
      open();
    },

    async close(): Promise<void> {
      closed = true;
      entries.clear();
    },
  };
}

function counterValue(key: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new StateUnavailableError(`The key "${key}" holds a value that is not a counter; use another key.`);
  }
  return parsed;
}

function checkTtlMs(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${ttlMs}.`);
  }
  return Math.ceil(ttlMs);
}

function checkIncrement(by: number): void {
  if (!Number.isSafeInteger(by)) throw new RangeError(`increment needs a whole number, got ${by}.`);
}
