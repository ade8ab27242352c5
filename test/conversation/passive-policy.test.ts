import { loadReplies } from "../../src/conversation/load-replies";
import { createHarness, only } from "./support/conversation-harness";
import { realMatcher, SAMPLES } from "./support/real-matcher";

const MINUTE = 60_000;
const replies = loadReplies();

const matcher = realMatcher();

describe("passive monitoring", () => {
  it("answers a conflation once, ephemerally, with the four choices", async () => {
    const { send } = createHarness({ matcher });
    const reply = only(await send({ text: SAMPLES.equivalence, messageId: "m1" }), "clarification");
    expect(reply.delivery).toBe("ephemeral");
    expect(reply.fallback).toBe("thread");
    expect(replies.clarifications.equivalence.general).toContain(reply.text);
    expect(reply.choices?.map((choice) => choice.actionId)).toEqual([
      "quiz:start",
      "clarify:why",
      "clarify:not-helpful",
      "clarify:mute",
    ]);
  });

  it.each([
    [SAMPLES.svcForSeg, replies.clarifications.wrong_sense.microservices],
    [SAMPLES.segForSvc, replies.clarifications.wrong_sense.microsegmentation],
    [SAMPLES.implication, replies.clarifications.implication.general],
  ])("words the clarification for %j from its own list", async (text, expected) => {
    const { send } = createHarness({ matcher });
    const reply = only(await send({ text }), "clarification");
    expect(expected).toContain(reply.text);
  });

  it("answers definition and difference questions in the thread", async () => {
    const { send } = createHarness({ matcher, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    const definition = only(await send({ text: SAMPLES.definitionSvc }), "answer");
    expect(definition.delivery).toBe("thread");
    expect(replies.answers.definition.microservices).toContain(definition.text);
    const difference = only(await send({ text: SAMPLES.difference }), "answer");
    expect(replies.answers.difference).toContain(difference.text);
  });

  it("says nothing to other questions, mentions and unrelated messages", async () => {
    const { send } = createHarness({ matcher });
    expect(await send({ text: SAMPLES.otherQuestion })).toEqual([]);
    expect(await send({ text: SAMPLES.mention })).toEqual([]);
    expect(await send({ text: SAMPLES.unrelated })).toEqual([]);
    // None of them used up the cooldown: a conflation right after still gets its reply.
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });

  it("leaves questions alone when answering them is switched off", async () => {
    const { send } = createHarness({ matcher, settings: { answerQuestions: false } });
    expect(await send({ text: SAMPLES.difference })).toEqual([]);
  });

  it("never answers bots or edits", async () => {
    const { send } = createHarness({ matcher });
    expect(await send({ text: SAMPLES.equivalence, fromBot: true })).toEqual([]);
    expect(await send({ text: SAMPLES.equivalence, isEdit: true })).toEqual([]);
    expect(await send({ text: "help", kind: "command", fromBot: true })).toEqual([]);
  });

  it("answers a repeated event id only once, and tells the observer", async () => {
    let dedupeHits = 0;
    const { send } = createHarness({ matcher, observer: { onDedupeHit: () => (dedupeHits += 1) } });
    expect(await send({ text: SAMPLES.equivalence, eventId: "retry-1" })).toHaveLength(1);
    expect(await send({ text: SAMPLES.equivalence, eventId: "retry-1" })).toEqual([]);
    expect(await send({ text: "help", kind: "command", eventId: "retry-2" })).toHaveLength(1);
    expect(await send({ text: "help", kind: "command", eventId: "retry-2" })).toEqual([]);
    expect(dedupeHits).toBe(2);
  });

  it("keeps one passive reply per channel per cooldown, whoever writes", async () => {
    const cooldowns: string[] = [];
    const { send, clock } = createHarness({
      matcher,
      observer: { onCooldown: (scope) => cooldowns.push(scope) },
    });
    expect(await send({ text: SAMPLES.equivalence, userId: "U1" })).toHaveLength(1);
    clock.advance(9 * MINUTE);
    expect(await send({ text: SAMPLES.equivalence, userId: "U2" })).toEqual([]);
    expect(cooldowns).toEqual(["channel"]);
    clock.advance(2 * MINUTE);
    expect(await send({ text: SAMPLES.equivalence, userId: "U3" })).toHaveLength(1);
  });

  it("keeps one passive reply per person per hour, across channels", async () => {
    const cooldowns: string[] = [];
    const { send, clock } = createHarness({
      matcher,
      observer: { onCooldown: (scope) => cooldowns.push(scope) },
    });
    expect(await send({ text: SAMPLES.equivalence, channelId: "C1" })).toHaveLength(1);
    clock.advance(30 * MINUTE);
    expect(await send({ text: SAMPLES.equivalence, channelId: "C2" })).toEqual([]);
    expect(cooldowns).toEqual(["user"]);
    // The person's cooldown did not silence C2 for everybody else.
    expect(await send({ text: SAMPLES.equivalence, channelId: "C2", userId: "U2" })).toHaveLength(1);
    clock.advance(31 * MINUTE);
    expect(await send({ text: SAMPLES.equivalence, channelId: "C3" })).toHaveLength(1);
  });

  it("answers commands whatever the cooldowns say", async () => {
    const { send } = createHarness({ matcher });
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    expect(only(await send({ kind: "command", text: "explain microservices" }), "explain").text).toBe(
      replies.explain.microservices,
    );
    expect(only(await send({ kind: "mention", text: SAMPLES.equivalence }), "check").text).toMatch(/Verdict/);
  });

  it("honours an opt-out at once and an opt-in after it", async () => {
    const { send } = createHarness({ matcher, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    expect(only(await send({ kind: "command", text: "optout" }), "optout").delivery).toBe("ephemeral");
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    expect(await send({ text: SAMPLES.difference })).toEqual([]);
    // Somebody else in the same channel still gets replies.
    expect(await send({ text: SAMPLES.equivalence, userId: "U2" })).toHaveLength(1);
    await send({ kind: "command", text: "opt in" });
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });

  it("stays quiet in a muted channel until the mute runs out, and unmute ends it early", async () => {
    const { send, clock } = createHarness({ matcher, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    expect(only(await send({ kind: "command", text: "mute 2h" }), "mute").text).toMatch(/2 hours/);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    expect(await send({ text: SAMPLES.equivalence, channelId: "C2" })).toHaveLength(1);
    // Commands still answer in a muted channel.
    expect(await send({ kind: "command", text: "help" })).toHaveLength(1);
    clock.advance(2 * 60 * MINUTE + 1);
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);

    await send({ kind: "command", text: "mute" });
    clock.advance(23 * 60 * MINUTE);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    await send({ kind: "command", text: "unmute" });
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });

  it("delivers clarifications the way the channel's mode says", async () => {
    const { send } = createHarness({ matcher, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    expect(only(await send({ kind: "command", text: "mode" }), "mode").text).toMatch(/\*ephemeral\*/);
    expect(only(await send({ kind: "command", text: "mode thread" }), "mode").text).toMatch(/\*thread\*/);
    const inThread = only(await send({ text: SAMPLES.equivalence }), "clarification");
    expect(inThread.delivery).toBe("thread");
    expect(inThread.fallback).toBeUndefined();
    await send({ kind: "command", text: "mode dm" });
    const byDm = only(await send({ text: SAMPLES.equivalence }), "clarification");
    expect(byDm).toMatchObject({ delivery: "dm", fallback: "thread" });
    // Another channel keeps the default.
    expect(only(await send({ text: SAMPLES.equivalence, channelId: "C9" }), "clarification").delivery).toBe(
      "ephemeral",
    );
    // An unknown mode changes nothing.
    expect(only(await send({ kind: "command", text: "mode loud" }), "mode").text).toMatch(/\*dm\*/);
  });

  it("falls back to the configured visible mode when the default is not ephemeral", async () => {
    const { send } = createHarness({ matcher, settings: { defaultDeliveryMode: "dm" } });
    await send({ kind: "command", text: "mode ephemeral" });
    expect(only(await send({ text: SAMPLES.equivalence }), "clarification").fallback).toBe("dm");
  });

  it("reports classifications and sent replies to the observer", async () => {
    const intents: string[] = [];
    const deliveries: string[] = [];
    const { send } = createHarness({
      matcher,
      observer: {
        onClassified: (result) => intents.push(result.intent),
        onReplySent: (delivery) => deliveries.push(delivery),
      },
    });
    await send({ text: "hello" });
    await send({ text: SAMPLES.equivalence });
    expect(intents).toEqual(["none", "conflation"]);
    expect(deliveries).toEqual(["ephemeral"]);
  });

  it("keeps going when an observer throws", async () => {
    const { send } = createHarness({
      matcher,
      observer: {
        onClassified: () => {
          throw new Error("metrics broke");
        },
      },
    });
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });
});
