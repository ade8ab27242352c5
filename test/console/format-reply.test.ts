import { formatReplies, formatReply } from "../../adapters/console/format-reply";
import type { Reply } from "../../src/conversation/types";

describe("formatReply", () => {
  it.each<[string, Reply, number, string[]]>([
    [
      "one line, ephemeral",
      { delivery: "ephemeral", text: "Muted.", purpose: "mute" },
      1,
      ["bot> [ephemeral] Muted."],
    ],
    [
      "paragraphs and bullets, in the thread",
      { delivery: "thread", text: "First.\n\n• one\n• two", purpose: "answer" },
      1,
      ["bot> [thread] First.", "bot>", "bot> • one", "bot> • two"],
    ],
    [
      "a question with numbered buttons by DM",
      {
        delivery: "dm",
        text: "*Question 1 of 2*\nWhich?",
        purpose: "quiz.question",
        choices: [
          { actionId: "quiz:answer:q1", value: "a", label: "This" },
          { actionId: "quiz:answer:q1", value: "b", label: "That" },
        ],
      },
      1,
      ["bot> [dm] *Question 1 of 2*", "bot> Which?", "bot>   1) This", "bot>   2) That"],
    ],
    [
      "an update, numbering from 3",
      {
        delivery: "update",
        text: "Done",
        purpose: "home",
        choices: [{ actionId: "home:optin", value: "optin", label: "Reply to me again" }],
      },
      3,
      ["bot> [update] Done", "bot>   3) Reply to me again"],
    ],
    ["an empty text", { delivery: "dm", text: "", purpose: "x" }, 1, ["bot> [dm]"]],
  ])("renders %s", (_, reply, first, expected) => {
    expect(formatReply(reply, first)).toEqual(expected);
  });

  it("numbers buttons on across a batch and lists them in that order", () => {
    const { lines, choices } = formatReplies([
      { delivery: "update", text: "Answered", purpose: "quiz.answered" },
      {
        delivery: "dm",
        text: "Next",
        purpose: "quiz.question",
        choices: [
          { actionId: "a", value: "1", label: "A" },
          { actionId: "b", value: "2", label: "B" },
        ],
      },
      { delivery: "dm", text: "More", purpose: "x", choices: [{ actionId: "c", value: "3", label: "C" }] },
    ]);
    expect(lines).toEqual([
      "bot> [update] Answered",
      "bot> [dm] Next",
      "bot>   1) A",
      "bot>   2) B",
      "bot> [dm] More",
      "bot>   3) C",
    ]);
    expect(choices.map(({ choice }) => choice.actionId)).toEqual(["a", "b", "c"]);
  });
});
