/**
 * The one narrow store the conversation core keeps its state in. Values are opaque strings (callers
 * serialise); keys arrive fully namespaced from src/state/state-keys.ts. Implementations: in memory
 * (the embedded default) and Redis. Both must pass test/state/state-store-contract.ts.
 *
 * Semantics every implementation honours:
 * - a missing or expired key reads as `undefined`, never as an error;
 * - `ttlMs` makes a key expire; without it the key lives until deleted;
 * - a backend failure rejects with StateUnavailableError, a lost race with StateConflictError.
 */
export interface VersionedValue {
  readonly value: string;
  /** Increases by one with every successful write of the key; the first write gives 1. */
  readonly version: number;
}

export interface WriteOptions {
  readonly ttlMs?: number;
  /**
   * Optimistic concurrency: write only if the key's current version equals this number, or, with
   * "absent", only if the key does not exist. Otherwise reject with StateConflictError.
   */
  readonly ifVersion?: number | "absent";
}

export interface StateStore {
  get(key: string): Promise<VersionedValue | undefined>;
  /** Resolves with the new version. */
  set(key: string, value: string, options?: WriteOptions): Promise<number>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Atomically creates the key if it is absent. Resolves true for exactly one caller across all
   * processes sharing the backend; the key expires after ttlMs. Used for dedupe and cooldowns.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Atomically adds `by` to an integer counter (missing counts as 0) and resolves with the new total. */
  increment(key: string, by?: number, ttlMs?: number): Promise<number>;
  /** Reads many counters at once; a missing counter reads as 0. */
  readCounters(keys: readonly string[]): Promise<number[]>;
  /** Resolves when the backend answers; rejects with StateUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
