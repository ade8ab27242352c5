import { createRedisStateStore, type RedisStateStore } from "../../src/state/redis-state-store";
import { type RedisServer, startRedisServer } from "../support/redis-server";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";
import { buildEvent, createHarness, only } from "./support/conversation-harness";
import { realMatcher, SAMPLES } from "./support/real-matcher";

const keyPrefix = uniqueRedisPrefix("conversation");
const matcher = realMatcher();
const stores: RedisStateStore[] = [];
const DM = { kind: "direct" as const, channelId: "D-U1" };

/** A store on the shared Redis (its own prefix) that is closed after the file. */
function sharedStore(): RedisStateStore {
  const store = createRedisStateStore({ url: TEST_REDIS_URL, keyPrefix });
  stores.push(store);
  return store;
}

/** Users and channels unique per test, so cooldowns and quizzes of one test never meet another's. */
let run = 0;
function ids() {
  run += 1;
  return { userId: `U-${run}`, channelId: `C-${run}`, dmId: `D-${run}` };
}

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await deleteRedisKeys(keyPrefix);
});

describe("the conversation core on Redis", () => {
  it("resumes a questionnaire in a new core instance at the question it was on", async () => {
    const { userId, dmId } = ids();
    const first = createHarness({ matcher, store: sharedStore() });
    await first.send({ ...DM, channelId: dmId, userId, text: "quiz" });
    const q2 = only(await first.send({ ...DM, channelId: dmId, userId, text: "1" }), "quiz.question");
    expect(q2.text).toMatch(/Question 2 of 3/);

    // As after a restart: a new store connection and a new core, nothing shared in memory.
    const second = createHarness({ matcher, store: sharedStore() });
    const resumed = only(
      await second.send({ ...DM, channelId: dmId, userId, text: "quiz" }),
      "quiz.question",
    );
    expect(resumed.text).toBe(
      "Picking up where you left off.\n\n*Question 2 of 3*\nWhat do you want to gain?",
    );
    const q3 = only(await second.press(resumed, "A smaller blast radius", { userId }), "quiz.question");
    expect(q3.text).toMatch(/Question 3 of 3/);
  });

  it("answers an event delivered to two cores at once exactly once", async () => {
    const { userId, channelId } = ids();
    const cores = [
      createHarness({ matcher, store: sharedStore() }),
      createHarness({ matcher, store: sharedStore() }),
    ];
    // Each core gets the message twice, as a platform retry racing the original would.
    const message = buildEvent({ text: SAMPLES.equivalence, userId, channelId });
    const passive = await Promise.all([...cores, ...cores].map((harness) => harness.core.handle(message)));
    expect(passive.flat().map((reply) => reply.purpose)).toEqual(["clarification"]);
    const command = buildEvent({ kind: "command", text: "help", userId, channelId });
    const explicit = await Promise.all(cores.map((harness) => harness.core.handle(command)));
    expect(explicit.flat().map((reply) => reply.purpose)).toEqual(["help"]);
  });

  it("advances a questionnaire once for concurrent clicks of one person, across cores", async () => {
    const { userId, dmId } = ids();
    const first = createHarness({ matcher, store: sharedStore() });
    const second = createHarness({ matcher, store: sharedStore() });
    const q1 = only(await first.send({ ...DM, channelId: dmId, userId, text: "quiz" }), "quiz.question");
    const clicks = ["Both", "Both", "The application", "Both", "The network policy", "Both"].map(
      (label, index) => (index % 2 === 0 ? first : second).press(q1, label, { userId, channelId: dmId }),
    );
    const replies = (await Promise.all(clicks)).flat();
    expect(replies.filter((reply) => reply.purpose === "quiz.question")).toHaveLength(1);
    // The winner's answer is the one kept; everything else was stale or a repeat of it.
    expect(
      replies.every((reply) => ["quiz.question", "quiz.answered", "quiz.stale"].includes(reply.purpose)),
    ).toBe(true);
    const resumed = only(
      await second.send({ ...DM, channelId: dmId, userId, text: "quiz" }),
      "quiz.question",
    );
    expect(resumed.text).toMatch(/Question 2 of 3/);
  });
});

describe("when Redis goes away mid-conversation", () => {
  let server: RedisServer;
  let store: RedisStateStore;

  beforeAll(async () => {
    server = await startRedisServer();
    store = createRedisStateStore({
      url: server.url,
      keyPrefix,
      connectTimeoutMs: 500,
      commandTimeoutMs: 500,
      maxReconnectDelayMs: 100,
    });
    await store.ready;
  });

  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  it("skips passive replies without crashing, keeps answering help, and recovers when Redis is back", async () => {
    const { send } = createHarness({ matcher, store, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);

    await server.stop();
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    expect(await send({ text: SAMPLES.difference })).toEqual([]);
    expect(only(await send({ kind: "command", text: "help" }), "help")).toBeDefined();
    expect(only(await send({ kind: "command", text: "mute" }), "unavailable")).toBeDefined();

    await server.start();
    await waitUntilAnswering(store);
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });
});

/** Polls until the client has reconnected by itself; jest's timeout bounds the wait. */
async function waitUntilAnswering(store: RedisStateStore): Promise<void> {
  for (;;) {
    try {
      await store.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
