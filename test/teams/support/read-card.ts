import type { ConnectorCall } from "./fake-connector";

export interface CardAction {
  readonly type: string;
  readonly title: string;
  readonly verb?: string;
  readonly data: { readonly actionId: string; readonly value: string };
  readonly fallback?: {
    readonly type: string;
    readonly data: { readonly actionId: string; readonly value: string };
  };
}

export interface SentCard {
  readonly version: string;
  readonly body: readonly { readonly text: string }[];
  readonly actions?: readonly CardAction[];
}

/** The Adaptive Card a connector call carried, or undefined for a plain text message. */
export function cardIn(call: ConnectorCall | undefined): SentCard | undefined {
  const attachments = call?.body.attachments as { contentType: string; content: SentCard }[] | undefined;
  const card = attachments?.find(
    (attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive",
  );
  return card?.content;
}

/** The buttons of the card a call carried; fails the test when there is none. */
export function actionsIn(call: ConnectorCall | undefined): readonly CardAction[] {
  const actions = cardIn(call)?.actions;
  if (actions === undefined || actions.length === 0) throw new Error("Expected a card with buttons");
  return actions;
}
