import { isMicrosenseError } from "../errors";
import type { StateStore } from "../state/state-store";

/**
 * The same store, calling `onUnavailable` each time a call fails with StateUnavailableError (Redis down,
 * timing out or refusing). The core swallows those errors to keep the conversation going, so this is
 * where they can still be counted. A lost race (StateConflictError) is normal operation, not counted.
 */
export function countStoreFailures(store: StateStore, onUnavailable: () => void): StateStore {
  const counted = async <T>(call: Promise<T>): Promise<T> => {
    try {
      return await call;
    } catch (error: unknown) {
      if (isMicrosenseError(error, "STATE_UNAVAILABLE")) onUnavailable();
      throw error;
    }
  };
  return {
    get: (key) => counted(store.get(key)),
    set: (key, value, options) => counted(store.set(key, value, options)),
    delete: (key) => counted(store.delete(key)),
    claim: (key, ttlMs) => counted(store.claim(key, ttlMs)),
    increment: (key, by, ttlMs) => counted(store.increment(key, by, ttlMs)),
    readCounters: (keys) => counted(store.readCounters(keys)),
    ping: () => counted(store.ping()),
    close: () => store.close(),
  };
}
