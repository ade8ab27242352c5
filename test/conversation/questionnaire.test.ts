import { createHarness, only } from "./support/conversation-harness";
import { realMatcher } from "./support/real-matcher";

const matcher = realMatcher();
const DM = { kind: "direct" as const, channelId: "D-U1" };
// The channel the harness posts channel events in (see support/conversation-harness.ts).
const CHANNEL = "C1";

describe("the questionnaire", () => {
  it("runs start to finish with buttons: DM questions, answered ones rewritten, a result with share and retake", async () => {
    const started: string[] = [];
    const { send, press } = createHarness({
      matcher,
      observer: { onQuizStarted: () => started.push("start"), onQuizCompleted: () => started.push("done") },
    });
    const fromChannel = await send({ kind: "command", text: "quiz" });
    expect(fromChannel.map((reply) => [reply.purpose, reply.delivery])).toEqual([
      ["quiz.sent", "ephemeral"],
      ["quiz.question", "dm"],
    ]);
    const q1 = only(fromChannel, "quiz.question");
    expect(q1.text).toBe("Three quick questions.\n\n*Question 1 of 3*\nWhat do you split?");
    expect(q1.choices?.map((choice) => [choice.actionId, choice.value])).toEqual([
      ["quiz:answer:q1", "app"],
      ["quiz:answer:q1", "net"],
      ["quiz:answer:q1", "both"],
    ]);

    const afterQ1 = await press(q1, "The network policy");
    expect(afterQ1.map((reply) => [reply.purpose, reply.delivery])).toEqual([
      ["quiz.answered", "update"],
      ["quiz.question", "dm"],
    ]);
    expect(only(afterQ1, "quiz.answered").text).toMatch(
      /What do you split\?\n\nYour answer: \*The network policy\*$/,
    );
    expect(only(afterQ1, "quiz.answered").choices).toBeUndefined();

    const q3 = only(await press(only(afterQ1, "quiz.question"), "A smaller blast radius"), "quiz.question");
    expect(q3.text).toMatch(/^\*Question 3 of 3\*/);
    const end = await press(q3, "Security team");
    const result = only(end, "quiz.result");
    expect(result.delivery).toBe("dm");
    expect(result.text).toBe("*Your result: Microsegmentation*\n\nYou are securing a network.");
    expect(result.choices?.map((choice) => choice.label)).toEqual([
      "Share my result in the channel",
      "Take it again",
    ]);
    expect(started).toEqual(["start", "done"]);

    const shared = only(await press(result, "Share my result in the channel"), "quiz.share");
    expect(shared.delivery).toBe("channel");
    // The quiz was started by a command in the channel, so the result is shared back there.
    expect(shared.channelId).toBe(CHANNEL);
    // A second, deliberate click (a new event id) must not post the result again.
    const sharedAgain = only(await press(result, "Share my result in the channel"), "quiz.share");
    expect(sharedAgain.delivery).not.toBe("channel");
    expect(shared.text).toMatch(/\*Microsegmentation\*/);

    // Retaking from the DM starts over without a "sent you a DM" note.
    const again = await press(result, "Take it again");
    expect(again.map((reply) => reply.purpose)).toEqual(["quiz.question"]);
    expect(again[0]?.text).toMatch(/Question 1 of 3/);
    expect(started).toEqual(["start", "done", "start"]);
  });

  it("takes typed answers in the DM, by number or by wording, and asks again otherwise", async () => {
    const { send } = createHarness({ matcher });
    expect(only(await send({ ...DM, text: "quiz" }), "quiz.question").delivery).toBe("dm");
    const afterQ1 = await send({ ...DM, text: "1" });
    expect(afterQ1.map((reply) => [reply.purpose, reply.delivery])).toEqual([
      ["quiz.answered", "dm"],
      ["quiz.question", "dm"],
    ]);
    expect(only(afterQ1, "quiz.answered").text).toBe("Your answer: *The application*");
    const reprompt = only(await send({ ...DM, text: "no idea" }), "quiz.reprompt");
    expect(reprompt.text).toMatch(/1\) Independent scaling\n2\) A smaller blast radius$/);
    await send({ ...DM, text: "independent scaling" });
    const end = await send({ ...DM, text: "Developers" });
    expect(only(end, "quiz.result").text).toMatch(/^\*Your result: Microservices\*/);
    // Started in the DM, there is no channel to share in: only the retake is offered.
    expect(only(end, "quiz.result").choices?.map((choice) => choice.actionId)).toEqual(["quiz:start"]);
    // Once finished, a typed number is an ordinary DM again.
    expect(only(await send({ ...DM, text: "2" }), "help").delivery).toBe("dm");
  });

  it("advances once on a double click and shows the recorded answer again", async () => {
    const { send, press } = createHarness({ matcher });
    const q1 = only(await send({ ...DM, text: "quiz" }), "quiz.question");
    const [first, second] = await Promise.all([press(q1, "Both"), press(q1, "Both")]);
    const all = [...(first ?? []), ...(second ?? [])];
    expect(all.filter((reply) => reply.purpose === "quiz.question")).toHaveLength(1);
    expect(all.filter((reply) => reply.purpose === "quiz.answered")).toHaveLength(2);
    expect(all.every((reply) => reply.delivery === "update" || reply.purpose === "quiz.question")).toBe(true);
    // The quiz is on question 2, not 3.
    const resumed = only(await send({ ...DM, text: "quiz" }), "quiz.question");
    expect(resumed.text).toBe(
      "Picking up where you left off.\n\n*Question 2 of 3*\nWhat do you want to gain?",
    );
  });

  it("turns a stale click into a private note and never advances on it", async () => {
    const { send, press } = createHarness({ matcher });
    const q1 = only(await send({ ...DM, text: "quiz" }), "quiz.question");
    const q2 = only(await press(q1, "The application"), "quiz.question");
    // A different option on the already answered question: stale, not a change of answer.
    const stale = await press(q1, "Both");
    expect(stale).toEqual([expect.objectContaining({ purpose: "quiz.stale", delivery: "ephemeral" })]);
    // A click on a question not yet reached (forged or out of order).
    const forged = await send({
      kind: "action",
      text: "",
      action: { actionId: "quiz:answer:q3", value: "dev" },
    });
    expect(forged.map((reply) => reply.purpose)).toEqual(["quiz.stale"]);
    expect(only(await press(q2, "Independent scaling"), "quiz.question").text).toMatch(/Question 3 of 3/);
  });

  it("cancels, says so, and treats later clicks as not started", async () => {
    const { send, press } = createHarness({ matcher });
    const q1 = only(await send({ ...DM, text: "quiz" }), "quiz.question");
    const cancelled = only(await send({ ...DM, text: "cancel" }), "quiz.cancelled");
    expect(cancelled).toMatchObject({ delivery: "dm", text: "Quiz cancelled." });
    const late = only(await press(q1, "Both"), "quiz.not-started");
    expect(late.delivery).toBe("ephemeral");
    expect(late.choices?.[0]?.actionId).toBe("quiz:start");
    expect(only(await send({ kind: "command", text: "cancel" }), "quiz.cancelled").delivery).toBe(
      "ephemeral",
    );
  });

  it("forgets an untouched quiz after its TTL and starts afresh", async () => {
    const { send, clock } = createHarness({ matcher, settings: { quizTtlMs: 60 * 60_000 } });
    await send({ ...DM, text: "quiz" });
    await send({ ...DM, text: "2" });
    clock.advance(61 * 60_000);
    // The typed "1" is no longer a quiz answer.
    expect(only(await send({ ...DM, text: "1" }), "help")).toBeDefined();
    const fresh = only(await send({ ...DM, text: "quiz" }), "quiz.question");
    expect(fresh.text).toMatch(/^Three quick questions\.\n\n\*Question 1 of 3\*/);
  });

  it("starts from a clarification's button with a note in the channel", async () => {
    const { send } = createHarness({ matcher });
    const viaButton = await send({
      kind: "action",
      text: "",
      action: { actionId: "quiz:start", value: JSON.stringify({ dm: false, o: "C1" }) },
    });
    expect(viaButton.map((reply) => [reply.purpose, reply.delivery])).toEqual([
      ["quiz.sent", "ephemeral"],
      ["quiz.question", "dm"],
    ]);
  });

  it("keeps each person's quiz to themselves", async () => {
    const { send } = createHarness({ matcher });
    await send({ ...DM, text: "quiz" });
    await send({ ...DM, text: "1" });
    const other = only(
      await send({ kind: "direct", channelId: "D-U2", userId: "U2", text: "quiz" }),
      "quiz.question",
    );
    expect(other.text).toMatch(/Question 1 of 3/);
  });
});
