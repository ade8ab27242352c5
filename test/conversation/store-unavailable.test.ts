import { createMemoryStateStore } from "../../src/state/memory-state-store";
import { createHarness, createTestClock, only } from "./support/conversation-harness";
import { realMatcher, SAMPLES } from "./support/real-matcher";
import { createSwitchableStore } from "./support/switchable-store";

const matcher = realMatcher();

describe("when the store is unavailable", () => {
  function setup() {
    const clock = createTestClock();
    const store = createSwitchableStore(createMemoryStateStore({ now: clock.now }));
    const harness = createHarness({
      matcher,
      store,
      clock,
      settings: { channelCooldownMs: 0, userCooldownMs: 0 },
    });
    return { ...harness, store };
  }

  it("skips passive replies without crashing, and recovers by itself", async () => {
    const { send, store } = setup();
    store.down = true;
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    store.down = false;
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });

  it("still answers the read-only commands", async () => {
    const { send, store } = setup();
    store.down = true;
    expect(only(await send({ kind: "command", text: "help" }), "help")).toBeDefined();
    expect(only(await send({ kind: "command", text: "explain microservices" }), "explain")).toBeDefined();
    expect(only(await send({ kind: "command", text: "compare" }), "compare")).toBeDefined();
    expect(only(await send({ kind: "command", text: `check ${SAMPLES.equivalence}` }), "check").text).toMatch(
      /Verdict/,
    );
    expect(only(await send({ kind: "mention", text: SAMPLES.equivalence }), "check")).toBeDefined();
    expect(
      only(await send({ kind: "direct", channelId: "D1", text: SAMPLES.equivalence }), "check").delivery,
    ).toBe("dm");
  });

  it("says plainly that state-changing commands and buttons must wait", async () => {
    const { send, store } = setup();
    store.down = true;
    for (const text of ["mute", "optout", "mode thread", "stats", "quiz", "home"]) {
      const reply = only(await send({ kind: "command", text }), "unavailable");
      expect(reply.text).toMatch(/cannot reach my memory/);
    }
    const click = await send({
      kind: "action",
      text: "",
      action: { actionId: "quiz:answer:q1", value: "app" },
    });
    expect(only(click, "unavailable").delivery).toBe("ephemeral");
    store.down = false;
    expect(only(await send({ kind: "command", text: "mute" }), "mute")).toBeDefined();
  });
});
