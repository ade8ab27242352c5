import { createMemoryStateStore } from "../../src/state/memory-state-store";
import { describeStateStoreContract } from "./state-store-contract";

function manualClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

describeStateStoreContract("the in-memory store", async () => {
  const clock = manualClock();
  const store = createMemoryStateStore({ now: clock.now });
  return {
    store,
    peer: store,
    shortTtlMs: 1000,
    exactClock: true,
    elapse: async (ms) => clock.advance(ms),
    dispose: () => store.close(),
  };
});

describe("the in-memory store's sweep", () => {
  it("drops expired keys nobody reads again, so memory stays bounded", async () => {
    const clock = manualClock();
    const store = createMemoryStateStore({ now: clock.now, sweepEvery: 50 });
    for (let i = 0; i < 100; i += 1) await store.set(`dedupe:${i}`, "seen", { ttlMs: 10 });
    await store.set("lasting", "kept");
    clock.advance(11);
    for (let i = 0; i < 100; i += 1) await store.increment("busy");
    expect(store.size).toBe(2);
    expect(await store.get("lasting")).toEqual({ value: "kept", version: 1 });
  });

  it("keeps keys that have not expired yet", async () => {
    const clock = manualClock();
    const store = createMemoryStateStore({ now: clock.now, sweepEvery: 10 });
    for (let i = 0; i < 20; i += 1) await store.claim(`cooldown:${i}`, 1000);
    clock.advance(999);
    for (let i = 0; i < 30; i += 1) await store.increment("busy");
    expect(store.size).toBe(21);
  });
});
