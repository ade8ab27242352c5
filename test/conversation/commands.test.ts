import { loadReplies } from "../../src/conversation/load-replies";
import { createMemoryStateStore } from "../../src/state/memory-state-store";
import { createHarness, createTestClock, only } from "./support/conversation-harness";
import { conflation, createFakeMatcher } from "./support/fake-matcher";
import { realMatcher, SAMPLES } from "./support/real-matcher";
import { createRecordingStore } from "./support/recording-store";

const DAY = 24 * 60 * 60_000;
const replies = loadReplies();
const matcher = realMatcher();
// For the exact layout of a verdict, a verdict whose evidence the test controls.
const fakeMatcher = createFakeMatcher([
  ["SAME", conflation("equivalence")],
  ["SVC-FOR-SEG", conflation("wrong_sense", "microservices")],
]);

describe("commands", () => {
  it("lists the commands for help and for an empty command", async () => {
    const { send } = createHarness({ matcher });
    for (const text of ["help", "", "  HELP  "]) {
      const reply = only(await send({ kind: "command", text }), "help");
      expect(reply).toMatchObject({ delivery: "ephemeral", fallback: "thread" });
      expect(reply.text).toContain(replies.about);
      expect(reply.text).toMatch(/`check <text>`/);
      expect(reply.text).toMatch(/24 hours by default/);
    }
  });

  it("answers an unknown command with help that names the word, never an error", async () => {
    const { send } = createHarness({ matcher });
    const reply = only(await send({ kind: "command", text: "frobnicate now" }), "help");
    expect(reply.text).toMatch(/^I do not know `frobnicate`/);
    expect(reply.text).toMatch(/`quiz`/);
  });

  it("explains each term, accepting the usual spellings", async () => {
    const { send } = createHarness({ matcher });
    for (const [text, term] of [
      ["explain microservices", "microservices"],
      ["explain Micro-Services", "microservices"],
      ["explain microsegmentation", "microsegmentation"],
      ["define micro segmentation", "microsegmentation"],
    ] as const) {
      expect(only(await send({ kind: "command", text }), "explain").text).toBe(replies.explain[term]);
    }
    expect(only(await send({ kind: "command", text: "explain kubernetes" }), "explain").text).toMatch(
      /Which one/,
    );
  });

  it("compares the two", async () => {
    const { send } = createHarness({ matcher });
    expect(only(await send({ kind: "command", text: "compare" }), "compare").text).toBe(replies.compare);
  });

  it("checks a text: verdict, terms, evidence with rule ids, and the reply it would get", async () => {
    const { send } = createHarness({ matcher: fakeMatcher });
    const reply = only(await send({ kind: "command", text: "check they are the SAME thing" }), "check");
    expect(reply.delivery).toBe("ephemeral");
    expect(reply.text).toMatch(
      /\*Verdict:\* a mix-up: the two terms are treated as the same thing \(confidence 0\.93\)/,
    );
    expect(reply.text).toMatch(
      /`fake\.equivalence`: The two terms are linked as equivalence\. \(cues: "same thing"\)/,
    );
    expect(reply.text).toMatch(/`fake\.second`/);
    expect(reply.text).toContain(`*What I would reply:* `);
    const wrongSense = only(await send({ kind: "command", text: "check SVC-FOR-SEG" }), "check");
    expect(wrongSense.text).toMatch(/\*microservices\* is used where \*microsegmentation\* seems meant/);
    const clean = only(await send({ kind: "command", text: "check the weather" }), "check");
    expect(clean.text).toMatch(/nothing to clarify/);
    expect(only(await send({ kind: "command", text: "check" }), "check").text).toMatch(/Give me something/);
  });

  it("checks with the real matcher, naming the terms as written and a rule id", async () => {
    const { send } = createHarness({ matcher });
    const reply = only(await send({ kind: "command", text: `check ${SAMPLES.svcForSeg}` }), "check");
    expect(reply.text).toMatch(/\*microservices\* is used where \*microsegmentation\* seems meant/);
    expect(reply.text).toMatch(/\*Terms:\* "microservices" \(microservices\)/);
    expect(reply.text).toMatch(/\n• `[\w.-]+`: /);
  });

  it("stores no message text, only keys and counters", async () => {
    const clock = createTestClock();
    const store = createRecordingStore(createMemoryStateStore({ now: clock.now }));
    const { send } = createHarness({ matcher, store, clock });
    const secret = `zebra and quokka team: ${SAMPLES.equivalence}`;
    expect(await send({ text: secret, messageId: "m1" })).toHaveLength(1);
    expect(
      await send({ text: `zebra here, ${SAMPLES.difference}`, userId: "U2", channelId: "C2" }),
    ).toHaveLength(1);
    await send({ kind: "command", text: `check ${secret}` });
    await send({ kind: "mention", text: secret });
    await send({ kind: "direct", channelId: "D1", text: secret });
    expect(store.written.length).toBeGreaterThan(5);
    expect(store.written.filter((entry) => /zebra|quokka/.test(entry))).toEqual([]);
  });

  it("treats a mention's words as a command, else answers a question, else checks them", async () => {
    const { send } = createHarness({ matcher });
    expect(await send({ kind: "mention", text: "help" })).toEqual([
      expect.objectContaining({ purpose: "help" }),
    ]);
    const answer = only(await send({ kind: "mention", text: SAMPLES.difference }), "answer");
    expect(answer.delivery).toBe("ephemeral");
    expect(replies.answers.difference).toContain(answer.text);
    const verdict = only(await send({ kind: "mention", text: SAMPLES.equivalence }), "check");
    expect(verdict.text).toMatch(/the two terms are treated as the same thing/);
    const clean = only(await send({ kind: "mention", text: SAMPLES.mention }), "check");
    expect(clean.text).toMatch(/used correctly as far as I can tell/);
  });

  it("answers a DM: commands, answers to questions, a check for other sentences with the terms, help otherwise", async () => {
    const { send } = createHarness({ matcher });
    const compare = only(await send({ kind: "direct", channelId: "D1", text: "compare" }), "compare");
    expect(compare.delivery).toBe("dm");
    expect(compare.fallback).toBeUndefined();
    expect(
      only(await send({ kind: "direct", channelId: "D1", text: SAMPLES.equivalence }), "check").delivery,
    ).toBe("dm");
    const answer = only(
      await send({ kind: "direct", channelId: "D1", text: SAMPLES.definitionSvc }),
      "answer",
    );
    expect(answer.delivery).toBe("dm");
    expect(replies.answers.definition.microservices).toContain(answer.text);
    const help = only(await send({ kind: "direct", channelId: "D1", text: "good morning" }), "help");
    expect(help.text).toMatch(/^I did not spot either term/);
  });

  it("refuses channel settings in a DM with a pointer to the right place", async () => {
    const { send } = createHarness({ matcher });
    for (const text of ["mute", "unmute", "mode thread"]) {
      const [reply] = await send({ kind: "direct", channelId: "D1", text });
      expect(reply?.text).toMatch(/works in a channel/);
    }
  });

  it("rejects a mute length it cannot read and caps it at 30 days", async () => {
    const { send } = createHarness({ matcher });
    expect(only(await send({ kind: "command", text: "mute forever" }), "mute").text).toMatch(
      /did not get that/,
    );
    expect(only(await send({ kind: "command", text: "mute 31d" }), "mute").text).toMatch(/did not get that/);
    expect(only(await send({ kind: "command", text: "mute 30m" }), "mute").text).toMatch(/30 minutes/);
    expect(only(await send({ kind: "command", text: "mute for 1 day" }), "mute").text).toMatch(/24 hours/);
    expect(only(await send({ kind: "command", text: "mute 3d" }), "mute").text).toMatch(/3 days/);
  });

  it("counts per day and reports the last 7 and 30 days", async () => {
    const { send, clock } = createHarness({ matcher, settings: { channelCooldownMs: 0, userCooldownMs: 0 } });
    // 20 days ago: one conflation answered, one unrelated message.
    clock.advance(-20 * DAY);
    await send({ text: SAMPLES.equivalence });
    await send({ text: SAMPLES.unrelated });
    clock.advance(20 * DAY);
    // Today: two conflations (one held back by a mute) and a question answered.
    await send({ text: SAMPLES.svcForSeg });
    await send({ kind: "command", text: "mute 1h", channelId: "C2" });
    await send({ text: SAMPLES.equivalence, channelId: "C2" });
    await send({ text: SAMPLES.difference });
    const text = only(await send({ kind: "command", text: "stats" }), "stats").text;
    expect(text).toMatch(/Messages read: 3 \/ 5/);
    expect(text).toMatch(/Mix-ups noticed: 2 \/ 3/);
    expect(text).toMatch(/treated as the same thing: 1 \/ 2/);
    expect(text).toMatch(/one term used for the other: 1 \/ 1/);
    expect(text).toMatch(/Replies posted: 2 \/ 3/);
    // 31 days later everything has left the window.
    clock.advance(31 * DAY);
    expect(only(await send({ kind: "command", text: "stats" }), "stats").text).toMatch(
      /Messages read: 0 \/ 0/,
    );
  });

  it("keeps workspaces and platforms apart", async () => {
    const { send } = createHarness({ matcher });
    await send({ kind: "command", text: "mute" });
    expect(await send({ text: SAMPLES.equivalence, workspaceId: "T2" })).toHaveLength(1);
    expect(await send({ text: SAMPLES.equivalence, platform: "teams" })).toHaveLength(1);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
  });

  it("shows the home view with the person's opt-out state and a toggle", async () => {
    const { send, press } = createHarness({ matcher });
    const home = only(await send({ kind: "command", text: "home" }), "home");
    expect(home.text).toContain(replies.about);
    expect(home.text).toMatch(/get my clarifications/);
    expect(home.text).toMatch(/Messages read: 0 \/ 0/);
    const optedOut = only(await press(home, "Stop replying to me"), "home");
    expect(optedOut.delivery).toBe("update");
    expect(optedOut.text).toMatch(/You\* have opted out/);
    expect(await send({ text: SAMPLES.equivalence })).toEqual([]);
    const back = only(await press(optedOut, "Reply to me again"), "home");
    expect(back.choices?.[0]?.actionId).toBe("home:optout");
    expect(await send({ text: SAMPLES.equivalence })).toHaveLength(1);
  });
});
