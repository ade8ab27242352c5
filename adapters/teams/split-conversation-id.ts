/**
 * A Teams channel post's conversation id carries its thread root: `19:abc@thread.tacv2;messageid=1700000000000`.
 * The channel is the part before `;messageid=`; personal and group chat ids have no suffix.
 */
export function splitConversationId(conversationId: string): { channelId: string; rootMessageId?: string } {
  const match = /^(.*?);messageid=([^;]+)$/i.exec(conversationId);
  if (match?.[1] === undefined || match[2] === undefined) return { channelId: conversationId };
  return { channelId: match[1], rootMessageId: match[2] };
}

/** The conversation id that posts into the thread under `rootMessageId` of a channel. */
export function threadConversationId(channelId: string, rootMessageId: string): string {
  return `${channelId};messageid=${rootMessageId}`;
}
