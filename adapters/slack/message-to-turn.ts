import { z } from "zod";
import type { EventKind, IncomingEvent } from "../../src/conversation/types";
import { mentions, removeMention, slackTextToPlain } from "./slack-text-to-plain";
import type { Skip, TurnOrSkip } from "./slack-turn";

/** Who the bot is, from auth.test: needed to recognise its own messages and its mentions. */
export interface BotIdentity {
  readonly userId: string;
  readonly botId?: string;
}

const innerMessage = z.object({
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
});

const messageEvent = innerMessage.extend({
  type: z.enum(["message", "app_mention"]),
  channel: z.string(),
  channel_type: z.string().optional(),
  hidden: z.boolean().optional(),
  message: innerMessage.optional(),
});

const envelope = z.object({
  type: z.literal("event_callback"),
  team_id: z.string(),
  event_id: z.string(),
  event: z.unknown(),
});

const homeOpened = z.object({
  type: z.literal("app_home_opened"),
  user: z.string(),
  channel: z.string(),
  tab: z.string(),
});

/** Subtypes that are still an ordinary message a person wrote. Everything else is noise or bookkeeping. */
const originalSubtypes = new Set(["thread_broadcast", "file_share"]);

/**
 * Turns an event_callback carrying a `message` or `app_mention` event into the core's event, or says why not.
 *
 * Slack sends both `message` and `app_mention` for a channel message that mentions the bot. The rule: the
 * `app_mention` event carries it (it is also the only one Enterprise Grid always delivers), so a channel
 * `message` that mentions the bot is skipped. In a DM there is no `app_mention`, so the message is kept.
 */
export function messageToTurn(body: unknown, bot: BotIdentity): TurnOrSkip {
  const outer = envelope.safeParse(body);
  if (!outer.success) return { skip: "not an event_callback envelope" };
  const parsed = messageEvent.safeParse(outer.data.event);
  if (!parsed.success) return { skip: "not a message event" };
  const event = parsed.data;
  const isMentionEvent = event.type === "app_mention";

  let message: z.infer<typeof innerMessage> = event;
  let isEdit = false;
  if (event.subtype === "message_changed") {
    if (event.message === undefined) return { skip: "edit without the edited message" };
    message = event.message;
    isEdit = true;
  } else if (
    event.subtype !== undefined &&
    event.subtype !== "bot_message" &&
    !originalSubtypes.has(event.subtype)
  ) {
    return { skip: `subtype ${event.subtype}` };
  } else if (event.hidden === true) {
    return { skip: "hidden message" };
  }

  const own = isOwn(message, bot);
  if (own !== undefined) return own;
  const author = message.user ?? message.bot_id;
  if (author === undefined) return { skip: "message without an author" };
  const fromBot = message.bot_id !== undefined || event.subtype === "bot_message";

  const rawText = message.text ?? "";
  const isDirect = event.channel_type === "im";
  if (!isMentionEvent && !isDirect && !isEdit && mentions(rawText, bot.userId)) {
    return { skip: "mentions the bot: handled by its app_mention event" };
  }
  const kind: EventKind = isMentionEvent ? "mention" : isDirect ? "direct" : "message";
  const text = kind === "message" ? rawText : removeMention(rawText, bot.userId);

  const incoming: IncomingEvent = {
    platform: "slack",
    workspaceId: outer.data.team_id,
    channelId: event.channel,
    ...(message.thread_ts !== undefined && { threadId: message.thread_ts }),
    messageId: message.ts,
    userId: author,
    eventId: outer.data.event_id,
    kind,
    text: slackTextToPlain(text),
    ...(fromBot && { fromBot: true }),
    ...(isEdit && { isEdit: true }),
  };
  return { event: incoming };
}

/** app_home_opened on the Home tab becomes the "home" command; the Messages tab is ignored. */
export function homeOpenedToTurn(body: unknown): TurnOrSkip {
  const outer = envelope.safeParse(body);
  if (!outer.success) return { skip: "not an event_callback envelope" };
  const parsed = homeOpened.safeParse(outer.data.event);
  if (!parsed.success) return { skip: "not an app_home_opened event" };
  if (parsed.data.tab !== "home") return { skip: `tab ${parsed.data.tab}` };
  return {
    event: {
      platform: "slack",
      workspaceId: outer.data.team_id,
      channelId: parsed.data.channel,
      userId: parsed.data.user,
      eventId: outer.data.event_id,
      kind: "command",
      text: "home",
    },
  };
}

function isOwn(message: z.infer<typeof innerMessage>, bot: BotIdentity): Skip | undefined {
  if (message.user === bot.userId) return { skip: "the bot's own message" };
  if (bot.botId !== undefined && message.bot_id === bot.botId) return { skip: "the bot's own message" };
  return undefined;
}
