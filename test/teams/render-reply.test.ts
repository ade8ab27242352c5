import {
  ACKNOWLEDGEMENT,
  cardActionError,
  cardActionResponse,
} from "../../adapters/teams/card-action-response";
import { renderReply, toAdaptiveCard } from "../../adapters/teams/render-reply";
import { toTeamsMarkdown } from "../../adapters/teams/to-teams-markdown";
import type { Reply } from "../../src/conversation/types";

describe("toTeamsMarkdown", () => {
  it.each([
    ["doubles *bold*", "a *bold* word", "a **bold** word"],
    ["keeps _italic_ and `code`", "_so_ `@microsense mute`", "_so_ `@microsense mute`"],
    ["leaves a lone asterisk alone", "2 * 3 = 6", "2 * 3 = 6"],
    ["does not bold across words joined by asterisks", "file*name*here", "file*name*here"],
    ["turns bullets into a list", "Try:\n• *help*\n• quiz", "Try:\n\n- **help**\n- quiz"],
    ["keeps paragraphs apart", "one\n\ntwo", "one\n\ntwo"],
    ["gives single breaks in prose a blank line", "one\ntwo", "one\n\ntwo"],
    ["normalises CRLF", "one\r\n\r\ntwo", "one\n\ntwo"],
  ])("%s", (_name, input, expected) => {
    expect(toTeamsMarkdown(input)).toBe(expected);
  });
});

const question: Reply = {
  delivery: "dm",
  purpose: "quiz.question",
  text: "*Question 1*\n\nPick one:\n• an application\n• a network",
  choices: [
    { actionId: "quiz.answer", value: "q1:a", label: "Application", style: "primary" },
    { actionId: "quiz.answer", value: "q1:b", label: "Network", style: "danger" },
    { actionId: "quiz.skip", value: "q1", label: "Skip" },
  ],
};

describe("toAdaptiveCard", () => {
  const card = toAdaptiveCard(question);

  it("is a 1.4 card with one text block per run of lines, lists joined by \\r", () => {
    expect(card.version).toBe("1.4");
    expect(card.body.map((block) => block.text)).toEqual([
      "**Question 1**",
      "Pick one:",
      "- an application\r- a network",
    ]);
    expect(card.body.every((block) => block.wrap)).toBe(true);
  });

  it("makes each choice an Action.Execute whose fallback submits the same data", () => {
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        verb: "quiz.answer",
        title: "Application",
        style: "positive",
      }),
      expect.objectContaining({
        type: "Action.Execute",
        verb: "quiz.answer",
        title: "Network",
        style: "destructive",
      }),
      expect.objectContaining({ type: "Action.Execute", verb: "quiz.skip", title: "Skip" }),
    ]);
    for (const [index, action] of (card.actions ?? []).entries()) {
      const choice = question.choices?.[index];
      expect(action.data).toEqual({ actionId: choice?.actionId, value: choice?.value });
      expect(action.fallback).toEqual({
        type: "Action.Submit",
        title: action.title,
        data: action.data,
        ...(action.style ? { style: action.style } : {}),
      });
    }
    expect(card.actions?.[2]).not.toHaveProperty("style");
  });

  it("has no actions without choices", () => {
    expect(toAdaptiveCard({ text: "done" })).not.toHaveProperty("actions");
  });
});

describe("renderReply", () => {
  it("sends text without choices as markdown", () => {
    expect(renderReply({ text: "a *b*" })).toEqual({
      type: "message",
      text: "a **b**",
      textFormat: "markdown",
    });
  });

  it("sends choices as an Adaptive Card attachment", () => {
    const [attachment] = renderReply(question).attachments ?? [];
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment?.content).toEqual(toAdaptiveCard(question));
  });

  it("uses a card, even without choices, when it replaces a card", () => {
    expect(renderReply({ text: "answered" }, true).attachments).toHaveLength(1);
  });
});

describe("card action invoke responses", () => {
  it("carries the replacement card when the click updates it", () => {
    const update: Reply = { delivery: "update", purpose: "quiz.answered", text: "Answered" };
    expect(cardActionResponse([question, update])).toEqual({
      status: 200,
      body: {
        statusCode: 200,
        type: "application/vnd.microsoft.card.adaptive",
        value: toAdaptiveCard(update),
      },
    });
  });

  it("acknowledges with a message otherwise, also when nothing happened", () => {
    expect(cardActionResponse([])).toEqual({
      status: 200,
      body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: ACKNOWLEDGEMENT },
    });
  });

  it("reports errors in the Universal Actions error shape", () => {
    expect(cardActionError(500, "try again")).toEqual({
      status: 500,
      body: {
        statusCode: 500,
        type: "application/vnd.microsoft.error",
        value: { code: "InternalError", message: "try again" },
      },
    });
  });
});
