/**
 * The behaviour every StateStore must show (src/state/state-store.ts), written once and run
 * against each implementation, after botbuilder-core's storageBaseTests. A test file calls
 * describeStateStoreContract with a factory that builds a fresh harness for every test.
 */
import { isMicrosenseError } from "../../src/errors";
import type { StateStore } from "../../src/state/state-store";

export interface StateStoreHarness {
  readonly store: StateStore;
  /** A second handle on the same data: another connection for Redis, the same object in memory. */
  readonly peer: StateStore;
  /** A TTL short enough to wait out for real, or any TTL under an injected clock. */
  readonly shortTtlMs: number;
  /** Lets `ms` milliseconds pass: moves the injected clock, or sleeps. */
  elapse(ms: number): Promise<void>;
  /** True when elapse() is exact, so expiry boundaries can be checked to the millisecond. */
  readonly exactClock: boolean;
  /** Closes both handles; called after every test. */
  dispose(): Promise<void>;
}

export function describeStateStoreContract(
  name: string,
  createHarness: () => Promise<StateStoreHarness>,
): void {
  describe(`${name} honours the StateStore contract`, () => {
    let harness: StateStoreHarness;
    let store: StateStore;
    let serial = 0;
    const fresh = (label: string): string => `contract:${label}:${++serial}`;

    beforeEach(async () => {
      harness = await createHarness();
      store = harness.store;
    });
    afterEach(async () => {
      await harness.dispose();
    });

    it("reads a missing key as undefined", async () => {
      expect(await store.get(fresh("missing"))).toBeUndefined();
    });

    it("stores values with a version that starts at 1 and grows by one per write", async () => {
      const key = fresh("versions");
      expect(await store.set(key, "first")).toBe(1);
      expect(await store.get(key)).toEqual({ value: "first", version: 1 });
      expect(await store.set(key, "second")).toBe(2);
      expect(await store.get(key)).toEqual({ value: "second", version: 2 });
    });

    it("keeps empty and non-ASCII values intact", async () => {
      const empty = fresh("empty");
      const unicode = fresh("unicode");
      await store.set(empty, "");
      await store.set(unicode, '{"q":"Mikrosegmentierung ≠ microservices 🙂"}');
      expect(await store.get(empty)).toEqual({ value: "", version: 1 });
      expect((await store.get(unicode))?.value).toBe('{"q":"Mikrosegmentierung ≠ microservices 🙂"}');
    });

    it("writes when ifVersion matches the current version", async () => {
      const key = fresh("cas");
      await store.set(key, "a");
      expect(await store.set(key, "b", { ifVersion: 1 })).toBe(2);
      expect(await store.get(key)).toEqual({ value: "b", version: 2 });
    });

    it("rejects a stale ifVersion with STATE_CONFLICT and leaves the value alone", async () => {
      const key = fresh("stale");
      await store.set(key, "a");
      await store.set(key, "b");
      await expectCode(store.set(key, "late", { ifVersion: 1 }), "STATE_CONFLICT");
      await expectCode(store.set(fresh("never-written"), "x", { ifVersion: 1 }), "STATE_CONFLICT");
      expect(await store.get(key)).toEqual({ value: "b", version: 2 });
    });

    it('writes with ifVersion "absent" only while the key does not exist', async () => {
      const key = fresh("absent");
      expect(await store.set(key, "mine", { ifVersion: "absent" })).toBe(1);
      await expectCode(store.set(key, "theirs", { ifVersion: "absent" }), "STATE_CONFLICT");
      expect((await store.get(key))?.value).toBe("mine");
    });

    it("deletes keys, a missing one without complaint, and starts versions over", async () => {
      const key = fresh("delete");
      await store.set(key, "a");
      await store.set(key, "b");
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      await expect(store.delete(fresh("never-there"))).resolves.toBeUndefined();
      expect(await store.set(key, "again", { ifVersion: "absent" })).toBe(1);
    });

    it("lets a key with ttlMs expire while a key without one stays", async () => {
      const ttl = harness.shortTtlMs;
      const expiring = fresh("ttl");
      const lasting = fresh("no-ttl");
      await store.set(expiring, "soon gone", { ttlMs: ttl });
      await store.set(lasting, "stays");
      if (harness.exactClock) {
        await harness.elapse(ttl - 1);
        expect((await store.get(expiring))?.value).toBe("soon gone");
        await harness.elapse(1);
      } else {
        await harness.elapse(ttl);
      }
      expect(
        await eventually(
          () => store.get(expiring),
          (value) => value === undefined,
        ),
      ).toBeUndefined();
      expect((await store.get(lasting))?.value).toBe("stays");
    });

    it("drops the expiry when a key is written again without ttlMs", async () => {
      const key = fresh("persist");
      await store.set(key, "a", { ttlMs: harness.shortTtlMs });
      await store.set(key, "b");
      await harness.elapse(harness.shortTtlMs * 2);
      expect(await store.get(key)).toEqual({ value: "b", version: 2 });
    });

    it("rejects a ttlMs that is not a positive number", async () => {
      await expect(store.set(fresh("bad-ttl"), "x", { ttlMs: 0 })).rejects.toBeInstanceOf(RangeError);
      await expect(store.claim(fresh("bad-ttl"), -5)).rejects.toBeInstanceOf(RangeError);
      await expect(store.increment(fresh("bad-ttl"), 1, Number.NaN)).rejects.toBeInstanceOf(RangeError);
    });

    it("grants a claim once, and again only after it expired", async () => {
      const key = fresh("claim");
      expect(await store.claim(key, harness.shortTtlMs)).toBe(true);
      expect(await store.claim(key, harness.shortTtlMs)).toBe(false);
      await harness.elapse(harness.shortTtlMs);
      expect(
        await eventually(
          () => store.claim(key, 60_000),
          (won) => won,
        ),
      ).toBe(true);
      expect(await store.claim(key, 60_000)).toBe(false);
    });

    it("grants exactly one of 20 concurrent claims", async () => {
      const key = fresh("claim-race");
      const handles = [harness.store, harness.peer];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (handles[i % 2] ?? store).claim(key, 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("increments counters from 0, by 1 unless told otherwise", async () => {
      const key = fresh("counter");
      expect(await store.increment(key)).toBe(1);
      expect(await store.increment(key, 5)).toBe(6);
      expect(await store.increment(key, -2)).toBe(4);
      expect(await store.readCounters([key])).toEqual([4]);
    });

    it("loses no update under 50 concurrent increments", async () => {
      const key = fresh("counter-race");
      const handles = [harness.store, harness.peer];
      const totals = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (handles[i % 2] ?? store).increment(key)),
      );
      expect([...totals].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(await store.readCounters([key])).toEqual([50]);
    });

    it("expires a counter ttlMs after it was created, not after its last increment", async () => {
      const ttl = harness.shortTtlMs;
      const key = fresh("counter-ttl");
      const lasting = fresh("counter-no-ttl");
      await store.increment(key, 1, ttl);
      await store.increment(lasting, 1);
      if (harness.exactClock) {
        await harness.elapse(ttl - 1);
        expect(await store.increment(key, 1, ttl)).toBe(2);
        await harness.elapse(1);
      } else {
        await store.increment(key, 1, ttl);
        await harness.elapse(ttl);
      }
      const [expired] = await eventually(
        () => store.readCounters([key]),
        ([value]) => value === 0,
      );
      expect(expired).toBe(0);
      expect(await store.readCounters([lasting])).toEqual([1]);
    });

    it("reads many counters in order, missing ones as 0", async () => {
      const a = fresh("a");
      const b = fresh("b");
      await store.increment(a, 3);
      await store.increment(b, 7);
      expect(await store.readCounters([a, fresh("missing"), b, a])).toEqual([3, 0, 7, 3]);
      expect(await store.readCounters([])).toEqual([]);
    });

    it("lets exactly one of two concurrent writers with the same version win", async () => {
      const key = fresh("writers");
      await store.set(key, "base");
      const outcomes = await Promise.allSettled([
        harness.store.set(key, "from store", { ifVersion: 1 }),
        harness.peer.set(key, "from peer", { ifVersion: 1 }),
      ]);
      const winners = outcomes.flatMap((outcome, i) => (outcome.status === "fulfilled" ? [i] : []));
      expect(winners).toHaveLength(1);
      const loser = outcomes.find((outcome) => outcome.status === "rejected");
      await expectCode(Promise.reject(loser?.reason), "STATE_CONFLICT");
      expect(await store.get(key)).toEqual({
        value: winners[0] === 0 ? "from store" : "from peer",
        version: 2,
      });
    });

    it("answers ping while open and rejects with STATE_UNAVAILABLE once closed", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expectCode(store.get(fresh("closed")), "STATE_UNAVAILABLE");
      await expectCode(store.set(fresh("closed"), "x"), "STATE_UNAVAILABLE");
      await expectCode(store.ping(), "STATE_UNAVAILABLE");
    });
  });
}

async function expectCode(
  promise: Promise<unknown>,
  code: "STATE_CONFLICT" | "STATE_UNAVAILABLE",
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  // Shows the actual outcome when it is not the expected coded error.
  expect(isMicrosenseError(error) ? error.code : error).toBe(code);
}

/** Polls until `accept` holds or 5 s have passed, and returns the last value read either way. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}
