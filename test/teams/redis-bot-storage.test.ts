/**
 * botbuilder-core's storageBaseTests (the contract every Storage passes), run against Redis, plus
 * the races that need a real backend: concurrent writers and all-or-nothing batches.
 */
import { AutoSaveStateMiddleware, ConversationState, type StoreItems, TestAdapter } from "botbuilder";
import { createClient } from "redis";
import { BotStorageConflictError, RedisBotStorage } from "../../adapters/teams/redis-bot-storage";
import { isMicrosenseError, StateConflictError } from "../../src/errors";
import type { RedisClient } from "../../src/state/redis-connection";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";

const keyPrefix = uniqueRedisPrefix("redis-bot-storage");
let client: RedisClient;
let otherClient: RedisClient;
let storage: RedisBotStorage;
let otherStorage: RedisBotStorage;

async function connected(): Promise<RedisClient> {
  const created: RedisClient = createClient({ url: TEST_REDIS_URL });
  created.on("error", () => undefined);
  await created.connect();
  return created;
}

async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => new Error("expected a rejection, but the call succeeded"),
    (reason: unknown) => reason,
  );
}

beforeAll(async () => {
  client = await connected();
  otherClient = await connected();
  storage = new RedisBotStorage(client, { keyPrefix });
  otherStorage = new RedisBotStorage(otherClient, { keyPrefix });
});

afterAll(async () => {
  client.destroy();
  otherClient.destroy();
  await deleteRedisKeys(keyPrefix);
});

describe("RedisBotStorage passes botbuilder's storage base tests", () => {
  it("returnEmptyObjectWhenReadingUnknownKey", async () => {
    expect(await storage.read(["unknown"])).toEqual({});
  });

  it("handleNullKeysWhenReading", async () => {
    await expect(storage.read(null as unknown as string[])).rejects.toThrow(ReferenceError);
  });

  it("handleNullKeysWhenWriting", async () => {
    await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow(ReferenceError);
  });

  it("doesNotThrowWhenWritingNoItems", async () => {
    await expect(storage.write({})).resolves.toBeUndefined();
  });

  it("createObject", async () => {
    const storeItems = { createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } };
    await storage.write(storeItems);
    const read = await storage.read(Object.keys(storeItems));
    expect(read.createPoco.id).toBe(1);
    expect(read.createPocoStoreItem.id).toBe(2);
    expect(typeof read.createPoco.eTag).toBe("string");
    expect(typeof read.createPocoStoreItem.eTag).toBe("string");
    expect(storeItems.createPoco).toEqual({ id: 1 });
  });

  it("handleCrazyKeys", async () => {
    const key = "!@#$%^&*()~/\\><,.?';\"`~";
    await storage.write({ [key]: { id: 1 } });
    const read = await storage.read([key]);
    expect(read[key].id).toBe(1);
  });

  it("updateObject", async () => {
    await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
    const loaded = await storage.read(["pocoItem", "pocoStoreItem"]);
    const pocoItem = loaded.pocoItem;
    delete pocoItem.eTag;
    const pocoStoreItem = loaded.pocoStoreItem;
    const firstETag: unknown = pocoStoreItem.eTag;
    expect(typeof firstETag).toBe("string");

    pocoItem.count++;
    pocoStoreItem.count++;
    await storage.write(loaded);
    const reloaded = await storage.read(["pocoItem", "pocoStoreItem"]);
    expect(typeof reloaded.pocoItem.eTag).toBe("string");
    expect(reloaded.pocoStoreItem.eTag).not.toBe(firstETag);
    expect(reloaded.pocoItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.count).toBe(2);

    pocoItem.count = 123;
    await expect(storage.write({ pocoItem })).resolves.toBeUndefined();
    pocoStoreItem.count = 123;
    await expect(storage.write({ pocoStoreItem })).rejects.toThrow(/eTag conflict/);

    const reloaded2 = await storage.read(["pocoItem", "pocoStoreItem"]);
    expect(reloaded2.pocoItem.count).toBe(123);
    expect(reloaded2.pocoStoreItem.count).toBe(2);

    reloaded2.pocoItem.count = 100;
    reloaded2.pocoStoreItem.count = 100;
    reloaded2.pocoStoreItem.eTag = "*";
    await storage.write(reloaded2);
    const reloaded3 = await storage.read(["pocoItem", "pocoStoreItem"]);
    expect(reloaded3.pocoItem.count).toBe(100);
    expect(reloaded3.pocoStoreItem.count).toBe(100);
  });

  it("deleteObject", async () => {
    await storage.write({ delete1: { id: 1, count: 1 } });
    const read = await storage.read(["delete1"]);
    expect(typeof read.delete1.eTag).toBe("string");
    expect(read.delete1.count).toBe(1);
    await storage.delete(["delete1"]);
    expect(await storage.read(["delete1"])).toEqual({});
  });

  it("deleteUnknownObject", async () => {
    await expect(storage.delete(["unknown_key"])).resolves.toBeUndefined();
  });

  it("performBatchOperations", async () => {
    await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
    const result = await storage.read(["batch1", "batch2", "batch3"]);
    expect([result.batch1.count, result.batch2.count, result.batch3.count]).toEqual([10, 20, 30]);
    expect(new Set([result.batch1.eTag, result.batch2.eTag, result.batch3.eTag]).size).toBe(3);
    await storage.delete(["batch1", "batch2", "batch3"]);
    expect(await storage.read(["batch1", "batch2", "batch3"])).toEqual({});
  });

  // Stands in for proceedsThroughWaterfall (botbuilder-dialogs is not a dependency): state
  // written by one turn is read back by a later turn through a fresh ConversationState.
  it("keeps ConversationState across turns and across state instances", async () => {
    const turnsFrom = (state: ConversationState) => {
      const turns = state.createProperty<number>("turns");
      return new TestAdapter(async (context) => {
        const count = (await turns.get(context, 0)) + 1;
        await turns.set(context, count);
        await context.sendActivity(`turn ${count}`);
      }).use(new AutoSaveStateMiddleware(state));
    };
    await turnsFrom(new ConversationState(storage))
      .send("hello")
      .assertReply("turn 1")
      .send("again")
      .assertReply("turn 2")
      .startTest();
    await turnsFrom(new ConversationState(otherStorage)).send("back").assertReply("turn 3").startTest();
  });
});

describe("RedisBotStorage under concurrency", () => {
  it("lets exactly one of two writers holding the same eTag win", async () => {
    await storage.write({ race: { owner: "nobody" } });
    const { race } = await storage.read(["race"]);
    const outcomes = await Promise.allSettled([
      storage.write({ race: { ...race, owner: "first" } }),
      otherStorage.write({ race: { ...race, owner: "second" } }),
    ]);
    const winners = outcomes.flatMap((outcome, i) => (outcome.status === "fulfilled" ? [i] : []));
    expect(winners).toHaveLength(1);
    const loser = outcomes.find((outcome) => outcome.status === "rejected");
    expect(loser?.status === "rejected" && isMicrosenseError(loser.reason, "STATE_CONFLICT")).toBe(true);
    const stored = await storage.read(["race"]);
    expect(stored.race.owner).toBe(winners[0] === 0 ? "first" : "second");
    expect(stored.race.eTag).not.toBe(race.eTag);
  });

  it("writes nothing of a batch in which one item is stale", async () => {
    await storage.write({ fresh: { n: 1 }, stale: { n: 1 } });
    const before = await storage.read(["fresh", "stale"]);
    await storage.write({ stale: { ...before.stale, n: 2 } });

    const error = await rejectionOf(
      storage.write({
        brandNew: { n: 9 },
        fresh: { ...before.fresh, n: 9 },
        stale: { ...before.stale, n: 9 },
      }),
    );
    expect(error).toBeInstanceOf(BotStorageConflictError);
    expect(error).toBeInstanceOf(StateConflictError);
    expect(error).toMatchObject({ code: "STATE_CONFLICT", key: "stale" });
    expect((error as Error).message).toBe(
      'Storage: error writing "stale" due to eTag conflict. Read the item again and retry.',
    );

    const after = await storage.read(["brandNew", "fresh", "stale"]);
    expect(after.brandNew).toBeUndefined();
    expect(after.fresh).toEqual(before.fresh);
    expect(after.stale.n).toBe(2);
  });
});

describe("RedisBotStorage options and failures", () => {
  it("lets items expire after ttlMs", async () => {
    const expiring = new RedisBotStorage(client, { keyPrefix, ttlMs: 100 });
    await expiring.write({ shortLived: { n: 1 } });
    const deadline = Date.now() + 5000;
    let read = await expiring.read(["shortLived"]);
    while (read.shortLived !== undefined && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      read = await expiring.read(["shortLived"]);
    }
    expect(read).toEqual({});
  });

  it("rejects a ttlMs that is not positive", () => {
    expect(() => new RedisBotStorage(client, { keyPrefix, ttlMs: 0 })).toThrow(RangeError);
  });

  it("rejects with STATE_UNAVAILABLE when its client is gone", async () => {
    const closed = await connected();
    closed.destroy();
    const gone = new RedisBotStorage(closed, { keyPrefix });
    const error = await rejectionOf(gone.read(["anything"]));
    expect(isMicrosenseError(error, "STATE_UNAVAILABLE")).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(isMicrosenseError(await rejectionOf(gone.write({ a: { n: 1 } })), "STATE_UNAVAILABLE")).toBe(true);
  });
});
