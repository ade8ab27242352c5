import { createHarness, only } from "./support/conversation-harness";
import { conflation, createFakeMatcher } from "./support/fake-matcher";

const matcher = createFakeMatcher([["SAME", conflation("equivalence")]]);
const noCooldowns = { channelCooldownMs: 0, userCooldownMs: 0 };

describe("the clarification's buttons", () => {
  it("explains why: kind, confidence, rule ids, cues and notes, privately", async () => {
    const { send, press } = createHarness({ matcher });
    const clarification = only(await send({ text: "SAME" }), "clarification");
    const why = only(await press(clarification, "Why did I get this?"), "why");
    expect(why.delivery).toBe("ephemeral");
    expect(why.fallback).toBe("dm");
    expect(why.text).toMatch(/the two terms are treated as the same thing \(confidence 0\.93\)/);
    expect(why.text).toMatch(
      /• `fake\.equivalence`: The two terms are linked as equivalence\. \(cues: "same thing"\)/,
    );
    expect(why.text).toMatch(/• `fake\.second`: A second cue\. \(cues: "aka"\)/);
  });

  it("apologises instead of failing for a why-value it cannot read", async () => {
    const { send } = createHarness({ matcher });
    const why = await send({
      kind: "action",
      text: "",
      action: { actionId: "clarify:why", value: "{broken" },
    });
    expect(only(why, "why").text).toMatch(/no longer have the details/);
  });

  it("counts a not-helpful report once per person and reply, and thanks every time", async () => {
    const { send, press } = createHarness({ matcher, settings: noCooldowns });
    const first = only(await send({ text: "SAME", messageId: "m1" }), "clarification");
    const second = only(await send({ text: "SAME", messageId: "m2" }), "clarification");
    expect(only(await press(first, "Not helpful"), "not-helpful").text).toMatch(/^Thanks/);
    expect(only(await press(first, "Not helpful"), "not-helpful").text).toMatch(/^Thanks/);
    await press(first, "Not helpful", { userId: "U2" });
    await press(second, "Not helpful");
    const stats = only(await send({ kind: "command", text: "stats" }), "stats");
    expect(stats.text).toMatch(/"Not helpful" reports: 3 \/ 3/);
  });

  it("mutes the channel the clarification was about, even when pressed in a DM", async () => {
    const { send, press } = createHarness({ matcher, settings: noCooldowns });
    await send({ kind: "command", text: "mode dm", channelId: "C5" });
    const byDm = only(await send({ text: "SAME", channelId: "C5" }), "clarification");
    expect(byDm.delivery).toBe("dm");
    const muted = only(await press(byDm, "Mute here"), "mute");
    expect(muted.text).toMatch(/24 hours/);
    expect(await send({ text: "SAME", channelId: "C5" })).toEqual([]);
    expect(await send({ text: "SAME", channelId: "C1" })).toHaveLength(1);
  });

  it("answers an unknown button with a gentle note", async () => {
    const { send } = createHarness({ matcher });
    const replies = await send({ kind: "action", text: "", action: { actionId: "legacy:thing", value: "" } });
    expect(replies).toEqual([expect.objectContaining({ purpose: "action.unknown", delivery: "ephemeral" })]);
  });
});
