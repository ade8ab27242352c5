import { ActivityTypes, type InvokeResponse, TurnContext } from "botbuilder";
import type { Logger } from "pino";
import type { ConversationCore, IncomingEvent } from "../../src/conversation/types";
import { isMicrosenseError } from "../../src/errors";
import { cardActionError, cardActionResponse } from "./card-action-response";
import type { ConversationReferenceStore } from "./conversation-reference-store";
import { type DeliveryDeps, deliverReplies } from "./deliver-replies";
import { postActivity } from "./post-activity";
import { renderReply } from "./render-reply";
import { ADAPTIVE_CARD_ACTION, isFromBot, tenantIdOf, toIncomingEvent } from "./to-incoming-event";
import { welcomeText } from "./welcome-text";

export interface TurnDeps {
  readonly core: ConversationCore;
  readonly delivery: DeliveryDeps;
  readonly references: ConversationReferenceStore;
  readonly logger: Logger;
}

function toEvent(context: TurnContext, log: Logger): IncomingEvent | undefined {
  try {
    return toIncomingEvent(context.activity);
  } catch (error) {
    if (!isMicrosenseError(error, "PAYLOAD_INVALID")) throw error;
    log.warn({ err: error }, "Ignored a Teams activity the core cannot use");
    return undefined;
  }
}

async function answerInvoke(context: TurnContext, response: InvokeResponse): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
}

async function handleMessage(context: TurnContext, deps: TurnDeps, log: Logger): Promise<void> {
  const event = toEvent(context, log);
  if (event === undefined) return;
  const replies = await deps.core.handle(event);
  await deliverReplies(context, event, replies, deps.delivery, log);
}

async function handleCardAction(context: TurnContext, deps: TurnDeps, log: Logger): Promise<void> {
  const event = toEvent(context, log);
  if (event === undefined) {
    await answerInvoke(context, cardActionError(400, "This button is not one of microsense's."));
    return;
  }
  try {
    const replies = await deps.core.handle(event);
    await deliverReplies(context, event, replies, deps.delivery, log);
    await answerInvoke(context, cardActionResponse(replies));
  } catch (error) {
    log.error({ err: error }, "A card click failed");
    await answerInvoke(context, cardActionError(500, "Something went wrong on our side. Please try again."));
  }
}

/** On install: remember where we are (for later proactive messages) and say hello once. */
async function welcomeIfAdded(context: TurnContext, deps: TurnDeps, log: Logger): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  if (!activity.membersAdded?.some((member) => member.id === botId)) return;
  const reference = TurnContext.getConversationReference(activity);
  if (!(await deps.references.rememberInstall(reference))) {
    log.debug("The bot was added again to a conversation it already knows; no second welcome");
    return;
  }
  const personal = activity.conversation.conversationType === "personal";
  const tenantId = tenantIdOf(activity);
  if (personal && tenantId !== undefined && activity.from?.id) {
    await deps.references.writeDirect(tenantId, activity.from.id, reference);
  }
  const conversationId = activity.conversation.id;
  await deps.delivery.send({ conversationId, method: "sendToConversation", what: "post the welcome" }, () =>
    postActivity(context, renderReply({ text: welcomeText(personal) }), { conversationId }),
  );
  log.info("Welcomed a new Teams conversation");
}

/** Every turn refreshes where the bot can post anew in its conversation (a shared quiz result goes there). */
async function rememberConversation(context: TurnContext, deps: TurnDeps, log: Logger): Promise<void> {
  try {
    await deps.references.rememberConversation(context.activity);
  } catch (error) {
    // The turn itself needs no reference; only a later post into this conversation would miss it.
    log.warn({ err: error }, "Could not store the Teams conversation reference");
  }
}

/** The bot's logic for CloudAdapter.process: one Teams activity in, replies delivered before it returns. */
export function createTurnHandler(deps: TurnDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const activity = context.activity;
    const log = deps.logger.child({
      workspace: tenantIdOf(activity),
      conversation: activity.conversation?.id,
      turn: activity.id,
    });
    if (isFromBot(activity)) {
      log.debug("Ignored an activity sent by a bot");
      return;
    }
    await rememberConversation(context, deps, log);
    try {
      if (activity.type === ActivityTypes.Message) await handleMessage(context, deps, log);
      else if (activity.type === ActivityTypes.Invoke && activity.name === ADAPTIVE_CARD_ACTION) {
        await handleCardAction(context, deps, log);
      } else if (activity.type === ActivityTypes.ConversationUpdate) await welcomeIfAdded(context, deps, log);
      else log.debug({ type: activity.type, name: activity.name }, "Ignored a Teams activity");
    } catch (error) {
      // Answering 500 would make Teams redeliver; the core dedupes, but a half-delivered turn is worse.
      log.error({ err: error }, "A Teams turn failed");
    }
  };
}
