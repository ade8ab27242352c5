import { type Activity, CardFactory } from "botbuilder";
import type { Choice, Reply } from "../../src/conversation/types";
import { toParagraphRuns, toTeamsMarkdown } from "./to-teams-markdown";

/** 1.4 is the first version with Action.Execute; Teams clients on every platform render it. */
export const ADAPTIVE_CARD_VERSION = "1.4";

/** What our buttons carry back, in `Action.Execute` data and in the `Action.Submit` fallback alike. */
export interface CardActionData {
  readonly actionId: string;
  readonly value: string;
}

export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: string;
  readonly version: string;
  readonly body: readonly { type: "TextBlock"; text: string; wrap: true }[];
  readonly actions?: readonly ExecuteAction[];
}

interface SubmitAction {
  readonly type: "Action.Submit";
  readonly title: string;
  readonly data: CardActionData;
  readonly style?: "positive" | "destructive";
}

interface ExecuteAction extends Omit<SubmitAction, "type"> {
  readonly type: "Action.Execute";
  readonly verb: string;
  /** Clients older than card version 1.4 drop Action.Execute; they get a plain submit with the same data. */
  readonly fallback: SubmitAction;
}

function toAction(choice: Choice): ExecuteAction {
  const data: CardActionData = { actionId: choice.actionId, value: choice.value };
  const style =
    choice.style === undefined
      ? {}
      : ({ style: choice.style === "primary" ? "positive" : "destructive" } as const);
  const submit: SubmitAction = { type: "Action.Submit", title: choice.label, data, ...style };
  return { ...submit, type: "Action.Execute", verb: choice.actionId, fallback: submit };
}

/** The reply as an Adaptive Card: one TextBlock per run of lines, one button per choice. */
export function toAdaptiveCard(reply: Pick<Reply, "text" | "choices">): AdaptiveCard {
  const body = toParagraphRuns(reply.text).flatMap((runs) =>
    runs.map((run) => ({
      type: "TextBlock" as const,
      // In cards, list items are separated by "\r" and other breaks need a blank line.
      text: run.bullets ? run.lines.map((line) => `- ${line}`).join("\r") : run.lines.join("\n\n"),
      wrap: true as const,
    })),
  );
  const choices = reply.choices ?? [];
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: ADAPTIVE_CARD_VERSION,
    body,
    ...(choices.length === 0 ? {} : { actions: choices.map(toAction) }),
  };
}

/**
 * The message activity for a reply: an Adaptive Card when there are buttons (or when it replaces a card,
 * `asCard`), otherwise markdown text.
 */
export function renderReply(reply: Pick<Reply, "text" | "choices">, asCard = false): Partial<Activity> {
  if (asCard || (reply.choices?.length ?? 0) > 0) {
    return { type: "message", attachments: [CardFactory.adaptiveCard(toAdaptiveCard(reply))] };
  }
  return { type: "message", text: toTeamsMarkdown(reply.text), textFormat: "markdown" };
}
