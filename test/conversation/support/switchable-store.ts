import { StateUnavailableError } from "../../../src/errors";
import type { StateStore } from "../../../src/state/state-store";

/** A store that can be "unplugged": while down every call rejects as Redis would. */
export function createSwitchableStore(inner: StateStore): StateStore & { down: boolean } {
  const guard = <T>(call: () => Promise<T>): Promise<T> =>
    state.down ? Promise.reject(new StateUnavailableError("the test unplugged the store")) : call();
  const state = {
    down: false,
    get: (key: string) => guard(() => inner.get(key)),
    set: (...args: Parameters<StateStore["set"]>) => guard(() => inner.set(...args)),
    delete: (key: string) => guard(() => inner.delete(key)),
    claim: (key: string, ttlMs: number) => guard(() => inner.claim(key, ttlMs)),
    increment: (...args: Parameters<StateStore["increment"]>) => guard(() => inner.increment(...args)),
    readCounters: (keys: readonly string[]) => guard(() => inner.readCounters(keys)),
    ping: () => guard(() => inner.ping()),
    close: () => inner.close(),
  };
  return state;
}
