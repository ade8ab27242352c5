import { type Activity, TurnContext } from "botbuilder";
import type { EventKind, IncomingEvent } from "../../src/conversation/types";
import { PayloadInvalidError } from "../../src/errors";
import { cleanTeamsText } from "./clean-teams-text";
import { readPath, readString } from "./read-path";
import { splitConversationId } from "./split-conversation-id";

/** The invoke Teams sends when someone clicks an `Action.Execute` button. */
export const ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

/** Other bots, integrations and microsense's own echoes: Teams ids of bots start with "28:". */
export function isFromBot(activity: Partial<Activity>): boolean {
  const from = activity.from;
  if (from === undefined || typeof from.id !== "string") return false;
  return from.role === "bot" || from.id.startsWith("28:") || from.id === activity.recipient?.id;
}

export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  return readString(activity.channelData, "tenant", "id") ?? activity.conversation?.tenantId;
}

/** The `{actionId, value}` our cards put in `Action.Execute` data and `Action.Submit` data alike. */
export function readCardAction(activity: Partial<Activity>): { actionId: string; value: string } | undefined {
  const data = activity.type === "invoke" ? readPath(activity.value, "action", "data") : activity.value;
  const actionId = readString(data, "actionId");
  const value = readString(data, "value");
  return actionId === undefined || value === undefined ? undefined : { actionId, value };
}

function isBotMentioned(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return botId !== undefined && TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** Uses the mention entities, so only the bot's own `<at>` goes, however Teams spelled its name. */
function textWithoutBotMention(activity: Partial<Activity>): string {
  const copy: Partial<Activity> = { ...activity, text: activity.text ?? "" };
  if (isBotMentioned(copy)) {
    let previous: string | undefined;
    while (previous !== copy.text) {
      previous = copy.text;
      TurnContext.removeRecipientMention(copy);
    }
  }
  return cleanTeamsText(copy.text ?? "");
}

/**
 * Normalises a Teams activity into the core's event, or undefined for what the core never sees: bots,
 * edits, typing, system events and cards that are not ours. Throws PayloadInvalidError when an activity
 * the core should see lacks the ids every event needs.
 */
export function toIncomingEvent(activity: Partial<Activity>): IncomingEvent | undefined {
  if (isFromBot(activity)) return undefined;
  const action = readCardAction(activity);
  const isCardInvoke = activity.type === "invoke" && activity.name === ADAPTIVE_CARD_ACTION;
  if (activity.type !== "message" && !isCardInvoke) return undefined;
  if (isCardInvoke && action === undefined) {
    throw new PayloadInvalidError("The adaptiveCard/action invoke carries no {actionId, value} data.");
  }
  const hasValue = activity.value !== undefined && activity.value !== null;
  if (activity.type === "message" && hasValue && action === undefined) return undefined;

  const { id, from, conversation } = activity;
  const workspaceId = tenantIdOf(activity);
  if (!id || !from?.id || !conversation?.id || !workspaceId) {
    throw new PayloadInvalidError(
      "A Teams activity lacks its id, from.id, conversation.id or tenant id; it cannot be routed.",
    );
  }
  const { channelId, rootMessageId } = splitConversationId(conversation.id);
  const base = { platform: "teams" as const, workspaceId, channelId, userId: from.id, eventId: id };

  if (action !== undefined) {
    const messageId = activity.replyToId ?? id;
    return { ...base, kind: "action", text: "", action, messageId, ...thread(rootMessageId) };
  }
  const text = textWithoutBotMention(activity);
  if (text === "") return undefined;
  const kind: EventKind =
    conversation.conversationType === "personal"
      ? "direct"
      : isBotMentioned(activity)
        ? "mention"
        : "message";
  return { ...base, kind, text, messageId: id, ...thread(rootMessageId ?? activity.replyToId) };
}

function thread(rootMessageId: string | undefined): { threadId?: string } {
  return rootMessageId === undefined ? {} : { threadId: rootMessageId };
}
