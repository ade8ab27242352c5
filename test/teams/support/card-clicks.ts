import type { ConnectorCall } from "./fake-connector";
import { loadRawActivity } from "./load-activity";
import { actionsIn, type CardAction } from "./read-card";

export interface ClickTarget {
  readonly serviceUrl: string;
  /** The conversation the card was posted in. */
  readonly conversationId: string;
  /** The id the connector gave the card's message: Teams sends it back as replyToId. */
  readonly cardId: string;
  /** The click's activity id; a fresh one unless a test redelivers a click. */
  readonly id?: string;
}

let clicks = 0;

function inConversation(fixture: string, target: ClickTarget, changes: Record<string, unknown>) {
  const raw = loadRawActivity(fixture);
  clicks += 1;
  return {
    ...raw,
    id: target.id ?? `f:click-${clicks}`,
    serviceUrl: target.serviceUrl,
    replyToId: target.cardId,
    conversation: { ...(raw.conversation as object), id: target.conversationId },
    ...changes,
  };
}

/** The invoke Teams sends when Ada clicks an Action.Execute button, shaped like personal-card-execute. */
export function executeClick(button: CardAction, target: ClickTarget): Record<string, unknown> {
  const action = { type: "Action.Execute", title: button.title, verb: button.verb, data: button.data };
  return inConversation("personal-card-execute", target, { value: { action, trigger: "manual" } });
}

/** The message Teams sends for the Action.Submit fallback on older clients, shaped like personal-card-submit. */
export function submitClick(button: CardAction, target: ClickTarget): Record<string, unknown> {
  return inConversation("personal-card-submit", target, { value: button.fallback?.data ?? button.data });
}

/** The button with this label on the card a call carried; fails the test when there is none. */
export function buttonLabelled(call: ConnectorCall | undefined, label: string): CardAction {
  const button = actionsIn(call).find((action) => action.title === label);
  if (button === undefined) throw new Error(`Expected a button labelled "${label}"`);
  return button;
}

/** The id the connector gave a call's message, for clicks on it; fails the test when there is none. */
export function idOf(call: ConnectorCall | undefined): string {
  if (call?.responseId === undefined) throw new Error("Expected a delivered message with an id");
  return call.responseId;
}
