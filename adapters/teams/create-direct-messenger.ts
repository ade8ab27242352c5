import { type Activity, type CloudAdapter, type ConversationReference, TurnContext } from "botbuilder";
import { PayloadInvalidError } from "../../src/errors";
import type { ConversationReferenceStore } from "./conversation-reference-store";
import type { LimitedSender } from "./create-limited-sender";
import { postActivity } from "./post-activity";
import { tenantIdOf } from "./to-incoming-event";

/** The token audience for calls to the Bot Framework connector in the public cloud. */
export const BOT_FRAMEWORK_AUDIENCE = "https://api.botframework.com";

export interface DirectMessenger {
  /** Sends `message` 1:1 to the author of the turn's activity, opening the conversation if needed. */
  send(context: TurnContext, message: Partial<Activity>): Promise<void>;
}

export function createDirectMessenger(deps: {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly references: ConversationReferenceStore;
  readonly send: LimitedSender;
}): DirectMessenger {
  const { adapter, appId, references, send } = deps;

  async function postInto(dmContext: TurnContext, message: Partial<Activity>): Promise<void> {
    const conversationId = dmContext.activity.conversation.id;
    await send({ conversationId, method: "sendToConversation", what: "send a direct message" }, () =>
      postActivity(dmContext, message, { conversationId }),
    );
  }

  return {
    async send(context, message) {
      const activity = context.activity;
      const tenantId = tenantIdOf(activity);
      const user = activity.from;
      if (tenantId === undefined || !user?.id || !activity.serviceUrl) {
        throw new PayloadInvalidError(
          "Cannot open a 1:1 chat without the tenant id, the user id and the serviceUrl.",
        );
      }
      const known = await references.readDirect(tenantId, user.id);
      if (known?.conversation?.id !== undefined) {
        await adapter.continueConversationAsync(appId, known, (dmContext) => postInto(dmContext, message));
        return;
      }
      // For a 1:1 chat Teams returns the existing conversation when there is one, so this is safe to repeat.
      const parameters = {
        isGroup: false,
        bot: activity.recipient,
        members: [{ id: user.id, name: user.name }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      };
      let opened: Partial<ConversationReference> | undefined;
      // Opening the chat is a call of its own, so a throttled post after it never opens the chat twice.
      await send(
        { conversationId: `1:1/${user.id}`, method: "createConversation", what: "open a 1:1 chat" },
        () =>
          adapter.createConversationAsync(
            appId,
            activity.channelId,
            activity.serviceUrl,
            BOT_FRAMEWORK_AUDIENCE,
            parameters,
            async (dmContext) => {
              opened = { ...TurnContext.getConversationReference(dmContext.activity), user };
            },
          ),
      );
      if (opened === undefined) throw new PayloadInvalidError("The connector opened no 1:1 chat.");
      await references.writeDirect(tenantId, user.id, opened);
      await adapter.continueConversationAsync(appId, opened, (dmContext) => postInto(dmContext, message));
    },
  };
}
