import { createRedisStateStore } from "../../src/state/redis-state-store";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";
import { describeStateStoreContract } from "./state-store-contract";

const keyPrefix = uniqueRedisPrefix("redis-state-store");

afterAll(async () => {
  await deleteRedisKeys(keyPrefix);
});

describeStateStoreContract("the Redis store", async () => {
  const store = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix });
  const peer = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix });
  return {
    store,
    peer,
    shortTtlMs: 120,
    exactClock: false,
    elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    dispose: async () => {
      await Promise.all([store.close(), peer.close()]);
    },
  };
});

describe("the Redis store's key prefix", () => {
  it("keeps stores with different prefixes apart and reports being connected", async () => {
    const other = `${keyPrefix}other:`;
    const first = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix });
    const second = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix: other });
    try {
      expect(await first.ready).toBe(true);
      await first.set("shared-name", "first");
      expect(await second.get("shared-name")).toBeUndefined();
      await second.increment("shared-counter", 2);
      expect(await first.readCounters(["shared-counter"])).toEqual([0]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
