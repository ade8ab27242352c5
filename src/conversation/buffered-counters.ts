import type { StateStore } from "../state/state-store";

/** A store that can also take counter additions to apply later, in bulk. */
export interface CounterBuffering {
  /**
   * Adds `by` to the counter within the flush interval, without waiting: one INCRBY per counter per
   * flush instead of one per event. Nothing is lost on a clean stop: close() flushes first.
   */
  addSoon(key: string, by: number, ttlMs: number): void;
  /** Applies what is pending now; additions that fail stay pending for the next flush. */
  flush(): Promise<void>;
}

export type BufferedCounterStore = StateStore & CounterBuffering;

export interface BufferedCounterOptions {
  /** Default 1000. Counters read by `stats` lag behind by at most about this much. */
  readonly flushIntervalMs?: number;
  /** Told once per flush that could not apply some counters (they are kept and retried). */
  readonly onFlushError?: (error: unknown, failedCounters: number) => void;
}

interface Pending {
  by: number;
  readonly ttlMs: number;
}

export function buffersCounters(store: StateStore): store is BufferedCounterStore {
  return typeof (store as Partial<CounterBuffering>).addSoon === "function";
}

/**
 * Wraps a store so per-day statistics cost the hot path nothing: at thousands of messages a second, one
 * increment per message would be the biggest share of Redis round trips. Every other call, increment
 * included, goes straight through, so the StateStore contract is unchanged; only addSoon() buffers.
 * Instances sharing Redis each flush their own additions, so totals still add up across them.
 */
export function bufferCounters(
  store: StateStore,
  options: BufferedCounterOptions = {},
): BufferedCounterStore {
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;

  const flushOnce = async (): Promise<void> => {
    if (pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    const results = await Promise.allSettled(
      batch.map(([key, { by, ttlMs }]) => store.increment(key, by, ttlMs)),
    );
    let failed = 0;
    let firstReason: unknown;
    results.forEach((result, index) => {
      const entry = batch[index];
      if (result.status === "fulfilled" || entry === undefined) return;
      const [key, { by, ttlMs }] = entry;
      // Kept for the next flush: during a short Redis outage the counts arrive late rather than never.
      // (A write that timed out yet landed is then counted twice; statistics are best effort anyway.)
      add(key, by, ttlMs);
      if (failed === 0) firstReason = result.reason;
      failed += 1;
    });
    if (failed > 0) options.onFlushError?.(firstReason, failed);
  };

  const flush = (): Promise<void> => {
    // One flush at a time, so a slow Redis cannot pile up concurrent batches of the same counters.
    flushing ??= flushOnce().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };

  const add = (key: string, by: number, ttlMs: number): void => {
    const entry = pending.get(key);
    if (entry === undefined) pending.set(key, { by, ttlMs });
    else entry.by += by;
  };

  return {
    get: (key) => store.get(key),
    set: (key, value, writeOptions) => store.set(key, value, writeOptions),
    delete: (key) => store.delete(key),
    claim: (key, ttlMs) => store.claim(key, ttlMs),
    increment: (key, by, ttlMs) => store.increment(key, by, ttlMs),
    readCounters: (keys) => store.readCounters(keys),
    ping: () => store.ping(),
    addSoon(key, by, ttlMs) {
      add(key, by, ttlMs);
      if (timer === undefined) {
        timer = setInterval(() => void flush(), flushIntervalMs);
        // The buffer alone must not keep a process alive; close() flushes what is left.
        timer.unref();
      }
    },
    flush,
    async close() {
      clearInterval(timer);
      timer = undefined;
      await flush().catch(() => undefined);
      // A flush already running took its batch before the last additions came in.
      await flush().catch(() => undefined);
      await store.close();
    },
  };
}
