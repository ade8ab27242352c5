import { bufferCounters, buffersCounters } from "../../src/conversation/buffered-counters";
import { createMemoryStateStore } from "../../src/state/memory-state-store";
import { createRedisStateStore } from "../../src/state/redis-state-store";
import type { StateStore } from "../../src/state/state-store";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";
import { createHarness, createTestClock, only } from "./support/conversation-harness";
import { realMatcher, SAMPLES } from "./support/real-matcher";
import { createRecordingStore } from "./support/recording-store";
import { createSwitchableStore } from "./support/switchable-store";

const TTL = 60_000;
// Long enough that no timer flush happens during a test: every flush here is an explicit one.
const NEVER = 3_600_000;

describe("buffered counters", () => {
  it("adds up in memory and writes one increment per counter when flushed", async () => {
    const inner = createRecordingStore(createMemoryStateStore());
    const store = bufferCounters(inner, { flushIntervalMs: NEVER });
    for (let n = 0; n < 5; n += 1) store.addSoon("count:a", 1, TTL);
    store.addSoon("count:b", 3, TTL);
    expect(inner.written).toEqual([]);
    expect(await store.readCounters(["count:a", "count:b"])).toEqual([0, 0]);

    await store.flush();
    expect([...inner.written].sort()).toEqual(["count:a", "count:b"]);
    expect(await store.readCounters(["count:a", "count:b"])).toEqual([5, 3]);
    await store.flush();
    expect(inner.written).toHaveLength(2);
    await store.close();
  });

  it("passes every other call straight through, increment included", async () => {
    const store = bufferCounters(createMemoryStateStore(), { flushIntervalMs: NEVER });
    expect(await store.increment("count:now", 2, TTL)).toBe(2);
    expect(await store.claim("claim:x", TTL)).toBe(true);
    expect(await store.claim("claim:x", TTL)).toBe(false);
    await store.set("value:y", "1");
    expect((await store.get("value:y"))?.value).toBe("1");
    await store.close();
  });

  it("writes what is pending when closed, before closing the store under it", async () => {
    const memory = createMemoryStateStore();
    const order: string[] = [];
    const inner: StateStore = {
      ...memory,
      increment: (key, by, ttlMs) => {
        order.push(`increment ${key} by ${by}`);
        return memory.increment(key, by, ttlMs);
      },
      close: async () => {
        order.push("close");
      },
    };
    const store = bufferCounters(inner, { flushIntervalMs: NEVER });
    store.addSoon("count:a", 4, TTL);
    await store.close();
    expect(order).toEqual(["increment count:a by 4", "close"]);
    expect(await memory.readCounters(["count:a"])).toEqual([4]);
  });

  it("keeps additions a failed flush could not write, and writes them with the next one", async () => {
    const inner = createSwitchableStore(createMemoryStateStore());
    const failures: number[] = [];
    const store = bufferCounters(inner, {
      flushIntervalMs: NEVER,
      onFlushError: (_error, failed) => failures.push(failed),
    });
    store.addSoon("count:a", 2, TTL);
    store.addSoon("count:b", 1, TTL);
    inner.down = true;
    await store.flush();
    expect(failures).toEqual([2]);
    store.addSoon("count:a", 1, TTL);
    inner.down = false;
    await store.flush();
    expect(await store.readCounters(["count:a", "count:b"])).toEqual([3, 1]);
    await store.close();
  });

  it("flushes on its own once the interval has passed", async () => {
    const inner = createMemoryStateStore();
    const store = bufferCounters(inner, { flushIntervalMs: 20 });
    store.addSoon("count:a", 1, TTL);
    const deadline = Date.now() + 5_000;
    while ((await inner.readCounters(["count:a"]))[0] !== 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await inner.readCounters(["count:a"])).toEqual([1]);
    await store.close();
  });

  it("is recognised by recordStat, and a plain store is not", () => {
    expect(buffersCounters(createMemoryStateStore())).toBe(false);
    expect(buffersCounters(bufferCounters(createMemoryStateStore()))).toBe(true);
  });

  it("gives the stats command the same totals once flushed", async () => {
    const clock = createTestClock();
    const store = bufferCounters(createMemoryStateStore({ now: clock.now }), { flushIntervalMs: NEVER });
    const { send } = createHarness({
      matcher: realMatcher(),
      store,
      clock,
      settings: { channelCooldownMs: 0, userCooldownMs: 0 },
    });
    await send({ text: SAMPLES.equivalence });
    await send({ text: SAMPLES.unrelated });
    await send({ text: SAMPLES.unrelated });
    await store.flush();
    const text = only(await send({ kind: "command", text: "stats" }), "stats").text;
    expect(text).toMatch(/Messages read: 3 \/ 3/);
    expect(text).toMatch(/Replies posted: 1 \/ 1/);
    await store.close();
  });
});

describe("buffered counters of several instances on one Redis", () => {
  const keyPrefix = uniqueRedisPrefix("buffered-counters");
  afterAll(async () => {
    await deleteRedisKeys(keyPrefix);
  });

  it("add up to the sum of every instance's additions once each has stopped", async () => {
    const instances = [1, 2, 3].map(() =>
      bufferCounters(createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix }), { flushIntervalMs: NEVER }),
    );
    instances.forEach((store, index) => {
      for (let n = 0; n <= index; n += 1) store.addSoon("count:scanned", 10, TTL);
    });
    await Promise.all(instances.map((store) => store.close()));

    const reader = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix });
    try {
      expect(await reader.readCounters(["count:scanned"])).toEqual([60]);
    } finally {
      await reader.close();
    }
  });
});
