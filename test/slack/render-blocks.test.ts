import {
  decodeActionId,
  encodeActionIds,
  renderHomeView,
  renderReply,
  toMrkdwn,
} from "../../adapters/slack/render-blocks";
import type { Choice, Reply } from "../../src/conversation/types";

const reply: Reply = {
  delivery: "ephemeral",
  purpose: "clarification",
  text: "*Not quite.*\n\nMicroservices split an _app_; see `docs`.\n• one\n• two & <three>",
  choices: [
    { actionId: "quiz:start", value: "start", label: "Take the quiz", style: "primary" },
    { actionId: "clarify:why", value: "more", label: "Why did I get this?" },
  ],
};

describe("renderReply", () => {
  it("makes a section per paragraph and one button per choice", () => {
    expect(renderReply(reply, "n1")).toEqual({
      text: "*Not quite.*\n\nMicroservices split an _app_; see `docs`.\n• one\n• two &amp; &lt;three&gt;",
      blocks: [
        { type: "section", block_id: "ms.n1.t0", text: { type: "mrkdwn", text: "*Not quite.*" } },
        {
          type: "section",
          block_id: "ms.n1.t1",
          text: {
            type: "mrkdwn",
            text: "Microservices split an _app_; see `docs`.\n• one\n• two &amp; &lt;three&gt;",
          },
        },
        {
          type: "actions",
          block_id: "ms.n1.a0",
          elements: [
            {
              type: "button",
              action_id: "quiz:start",
              text: { type: "plain_text", text: "Take the quiz", emoji: true },
              value: "start",
              style: "primary",
            },
            {
              type: "button",
              action_id: "clarify:why",
              text: { type: "plain_text", text: "Why did I get this?", emoji: true },
              value: "more",
            },
          ],
        },
      ],
    });
  });

  it("uses new block_ids for every render, so each posted message's buttons are distinct", () => {
    const first = renderReply(reply, "n1").blocks.map((block) => block.block_id);
    const second = renderReply(reply, "n2").blocks.map((block) => block.block_id);
    expect(first.some((id) => second.includes(id))).toBe(false);
  });

  it("keeps within Block Kit's limits", () => {
    const long: Reply = {
      delivery: "dm",
      purpose: "help",
      text: Array.from({ length: 400 }, (_, i) => `• line ${i} of a very long list`).join("\n"),
      choices: Array.from({ length: 30 }, (_, i) => ({
        actionId: "pick",
        value: String(i),
        label: "x".repeat(100),
      })),
    };
    const { blocks } = renderReply(long, "n");
    const sections = blocks.filter((block) => block.type === "section");
    const actions = blocks.filter((block) => block.type === "actions");
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections)
      expect(section.type === "section" && (section.text?.text.length ?? 0) <= 3000).toBe(true);
    expect(actions.map((block) => (block.type === "actions" ? block.elements.length : 0))).toEqual([25, 5]);
    const [button] = actions[0]?.type === "actions" ? actions[0].elements : [];
    expect(button?.type === "button" && button.text.text.length).toBe(75);
  });
});

describe("action ids", () => {
  const choices = (ids: string[]): Choice[] =>
    ids.map((actionId, i) => ({ actionId, value: String(i), label: "l" }));

  it.each([
    [
      ["a", "b"],
      ["a", "b"],
    ],
    [
      ["quiz:answer:q1", "quiz:answer:q1", "quiz:answer:q1"],
      ["quiz:answer:q1::0", "quiz:answer:q1::1", "quiz:answer:q1::2"],
    ],
    [["x::1"], ["x::1::0"]],
  ])("%j become unique %j and decode back", (ids, encoded) => {
    expect(encodeActionIds(choices(ids))).toEqual(encoded);
    expect(encoded.map(decodeActionId)).toEqual(ids);
  });
});

describe("renderHomeView", () => {
  it("joins the replies with dividers in a home view", () => {
    const view = renderHomeView([reply, { delivery: "ephemeral", purpose: "help", text: "More." }], "h");
    expect(view.type).toBe("home");
    expect(view.blocks.map((block) => block.type)).toEqual([
      "section",
      "section",
      "actions",
      "divider",
      "section",
    ]);
  });
});

describe("toMrkdwn", () => {
  it("escapes only what Slack reserves", () => {
    expect(toMrkdwn("*a* _b_ `c` & <d>")).toBe("*a* _b_ `c` &amp; &lt;d&gt;");
  });
});
