import type { TurnContext } from "botbuilder";
import type { Logger } from "pino";
import type { Delivery, DeliveryMode, IncomingEvent, Reply } from "../../src/conversation/types";
import { assertNever, isMicrosenseError, PayloadInvalidError } from "../../src/errors";
import type { ChannelPoster } from "./create-channel-poster";
import type { DirectMessenger } from "./create-direct-messenger";
import { type LimitedSender, postMethod } from "./create-limited-sender";
import { postActivity } from "./post-activity";
import { renderReply } from "./render-reply";
import { httpStatusOf } from "./retry-throttled";
import { splitConversationId, threadConversationId } from "./split-conversation-id";

export interface DeliveryDeps {
  readonly send: LimitedSender;
  readonly direct: DirectMessenger;
  readonly channel: ChannelPoster;
}

/** Where a thread reply goes: in a channel, the thread of the event's root post; in chats, the chat itself. */
async function postInThread(context: TurnContext, event: IncomingEvent, reply: Reply, deps: DeliveryDeps) {
  const conversation = context.activity.conversation;
  const { channelId, rootMessageId } = splitConversationId(conversation.id);
  const isAction = event.kind === "action";
  const root = rootMessageId ?? event.threadId ?? (isAction ? undefined : event.messageId);
  const conversationId =
    conversation.conversationType === "channel" && root !== undefined
      ? threadConversationId(channelId, root)
      : conversation.id;
  // A click arrives as an invoke, which is no message to reply to.
  const replyToId = isAction ? undefined : context.activity.id;
  const method = postMethod(replyToId);
  await deps.send({ conversationId, method, what: "post a reply in the thread" }, () =>
    postActivity(context, renderReply(reply), { conversationId, replyToId }),
  );
}

async function sendDirect(context: TurnContext, event: IncomingEvent, reply: Reply, deps: DeliveryDeps) {
  if (context.activity.conversation.conversationType === "personal") {
    await postInThread(context, event, reply, deps);
    return;
  }
  await deps.direct.send(context, renderReply(reply));
}

/** Replaces the card whose button was clicked; Teams tells us which one in replyToId. */
async function updateCard(context: TurnContext, reply: Reply, deps: DeliveryDeps): Promise<void> {
  const cardId = context.activity.replyToId;
  if (cardId === undefined)
    throw new PayloadInvalidError("The click names no card to update (no replyToId).");
  const conversationId = context.activity.conversation.id;
  await deps.send({ conversationId, method: "updateActivity", what: "update the card" }, () =>
    context.updateActivity({ ...renderReply(reply, true), id: cardId }),
  );
}

/**
 * A new top-level post in the reply's channel (or the event's). Without a stored reference for it there
 * is no serviceUrl or tenant to post with, so the post goes to the conversation at hand instead.
 */
async function postInChannel(
  context: TurnContext,
  event: IncomingEvent,
  reply: Reply,
  deps: DeliveryDeps,
  log: Logger,
): Promise<void> {
  const target = reply.channelId ?? event.channelId;
  if (await deps.channel.post(target, renderReply(reply))) return;
  log.warn(
    { target, purpose: reply.purpose },
    "No conversation reference for the target channel; posting here",
  );
  const conversationId = context.activity.conversation.id;
  await deps.send({ conversationId, method: "sendToConversation", what: "post in the conversation" }, () =>
    postActivity(context, renderReply(reply), { conversationId }),
  );
}

/** Where a reply lands in Teams. */
type Place = "thread" | "dm" | "update" | "channel";

/**
 * Teams has no ephemeral messages: an "ephemeral" reply goes where the core says to go when the platform
 * refuses it (a DM for a button press, so a click in a channel is not answered in public), else the thread.
 */
function placeOf(delivery: Delivery, fallback?: DeliveryMode): Place {
  switch (delivery) {
    case "ephemeral":
      return fallback === "dm" ? "dm" : "thread";
    case "thread":
    case "dm":
    case "update":
    case "channel":
      return delivery;
    default:
      return assertNever(delivery);
  }
}

/**
 * A refusal (4xx, or nothing to send to) means the reply never arrived, so the fallback cannot duplicate
 * it; after a 5xx or a broken connection it may have, and one copy is better than two.
 */
function surelyUndelivered(error: unknown): boolean {
  if (isMicrosenseError(error, "PAYLOAD_INVALID")) return true;
  const status = httpStatusOf(error);
  return status !== undefined && status >= 400 && status < 500;
}

async function deliverTo(
  place: Place,
  context: TurnContext,
  event: IncomingEvent,
  reply: Reply,
  deps: DeliveryDeps,
  log: Logger,
): Promise<void> {
  switch (place) {
    case "thread":
      return postInThread(context, event, reply, deps);
    case "dm":
      return sendDirect(context, event, reply, deps);
    case "update":
      return updateCard(context, reply, deps);
    case "channel":
      return postInChannel(context, event, reply, deps, log);
    default:
      return assertNever(place);
  }
}

async function deliverWithFallback(
  context: TurnContext,
  event: IncomingEvent,
  reply: Reply,
  deps: DeliveryDeps,
  log: Logger,
): Promise<void> {
  const { delivery, fallback } = reply;
  const place = placeOf(delivery, fallback);
  try {
    await deliverTo(place, context, event, reply, deps, log);
  } catch (error) {
    if (fallback === undefined || !surelyUndelivered(error)) throw error;
    const instead = placeOf(fallback);
    if (instead === place) throw error;
    log.warn(
      { err: error, delivery, fallback, purpose: reply.purpose },
      "Teams delivery failed; using the fallback",
    );
    await deliverTo(instead, context, event, reply, deps, log);
  }
}

/**
 * Delivers the core's replies in order. One failed reply is logged and does not stop the next: the core
 * has already moved its state on, and the rest of the replies still make sense on their own.
 */
export async function deliverReplies(
  context: TurnContext,
  event: IncomingEvent,
  replies: readonly Reply[],
  deps: DeliveryDeps,
  log: Logger,
): Promise<void> {
  for (const reply of replies) {
    try {
      await deliverWithFallback(context, event, reply, deps, log);
    } catch (error) {
      log.error(
        { err: error, delivery: reply.delivery, purpose: reply.purpose },
        "Could not deliver a reply to Teams",
      );
    }
  }
}
