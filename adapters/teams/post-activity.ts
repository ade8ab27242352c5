import { type Activity, type ResourceResponse, TurnContext } from "botbuilder";

/**
 * Posts `message` to `conversationId` through the turn's connector. TurnContext.sendActivity would always
 * answer in the incoming conversation and reply to the incoming activity; Teams threads, DMs and new
 * posts need their own conversation id, and a reply-to id only where there is a real message to reply to.
 */
export async function postActivity(
  context: TurnContext,
  message: Partial<Activity>,
  target: { readonly conversationId: string; readonly replyToId?: string | undefined },
): Promise<ResourceResponse | undefined> {
  const reference = TurnContext.getConversationReference(context.activity);
  const outgoing = TurnContext.applyConversationReference(
    { ...message },
    {
      ...reference,
      conversation: { ...context.activity.conversation, id: target.conversationId },
    },
  );
  if (target.replyToId === undefined) delete outgoing.replyToId;
  else outgoing.replyToId = target.replyToId;
  const [response] = await context.adapter.sendActivities(context, [outgoing]);
  return response;
}
