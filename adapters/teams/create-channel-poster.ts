import type { Activity, CloudAdapter, ConversationReference } from "botbuilder";
import { PayloadInvalidError } from "../../src/errors";
import type { ConversationReferenceStore } from "./conversation-reference-store";
import { BOT_FRAMEWORK_AUDIENCE } from "./create-direct-messenger";
import type { LimitedSender } from "./create-limited-sender";
import { postActivity } from "./post-activity";

export interface ChannelPoster {
  /**
   * Posts `message` as a new top-level message in a channel or chat the bot has seen. Resolves false,
   * sending nothing, when the bot knows no conversation reference for it.
   */
  post(conversationId: string, message: Partial<Activity>): Promise<boolean>;
}

export function createChannelPoster(deps: {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly references: ConversationReferenceStore;
  readonly send: LimitedSender;
}): ChannelPoster {
  const { adapter, appId, references, send } = deps;

  /**
   * In a team channel a top-level post is a conversation of its own: the connector creates it with the
   * message as its first activity, and replies to it become its thread.
   */
  async function startChannelThread(
    channelId: string,
    known: Partial<ConversationReference>,
    message: Partial<Activity>,
  ): Promise<void> {
    const { serviceUrl, bot } = known;
    const tenantId = known.conversation?.tenantId;
    if (serviceUrl === undefined || tenantId === undefined || bot === undefined) {
      throw new PayloadInvalidError(
        `The stored reference for ${channelId} lacks the serviceUrl, the tenant or the bot; a new post needs them.`,
      );
    }
    const parameters = {
      isGroup: true,
      bot,
      tenantId,
      channelData: { channel: { id: channelId }, tenant: { id: tenantId } },
      // botbuilder's Activity type makes every field required; the connector needs only the message's.
      activity: message as Activity,
    };
    await send({ conversationId: channelId, method: "createConversation", what: "post in the channel" }, () =>
      adapter.createConversationAsync(
        appId,
        known.channelId ?? "msteams",
        serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        parameters,
        // The post went out with the conversation; nothing is left to do in its turn.
        async () => undefined,
      ),
    );
  }

  /** A group or 1:1 chat has no threads: a new message in the chat is top-level already. */
  async function postInChat(
    chatId: string,
    known: Partial<ConversationReference>,
    message: Partial<Activity>,
  ): Promise<void> {
    await adapter.continueConversationAsync(appId, known, async (context) => {
      await send({ conversationId: chatId, method: "sendToConversation", what: "post in the chat" }, () =>
        postActivity(context, message, { conversationId: chatId }),
      );
    });
  }

  return {
    async post(conversationId, message) {
      const known = await references.readConversation(conversationId);
      const id = known?.conversation?.id;
      if (known === undefined || id === undefined) return false;
      if (known.conversation?.conversationType === "channel") await startChannelThread(id, known, message);
      else await postInChat(id, known, message);
      return true;
    },
  };
}
