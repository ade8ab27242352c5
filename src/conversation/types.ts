/**
 * The platform-neutral vocabulary between adapters and the conversation core. Adapters turn platform
 * payloads into an IncomingEvent and render each Reply as Block Kit, an Adaptive Card or console text.
 */
export type Platform = "slack" | "teams" | "console";

/** Who a reply should reach and where. */
export type Delivery =
  /** In the channel (and the thread, when there is one), visible only to the author of the event. */
  | "ephemeral"
  /** As a reply in the thread of the event's message, visible to everybody in the channel. */
  | "thread"
  /** In the direct (1:1) conversation between the bot and the author. */
  | "dm"
  /** Replace the message that carried the button the user clicked. */
  | "update"
  /** A new top-level message, visible to everybody, in Reply.channelId (or the event's channel). */
  | "channel";

/** Channel-level choice for passive clarifications. */
export type DeliveryMode = "ephemeral" | "thread" | "dm";

export interface Choice {
  /** Stable id an adapter hands back unchanged in an IncomingEvent of kind "action". */
  readonly actionId: string;
  readonly value: string;
  readonly label: string;
  readonly style?: "primary" | "danger";
}

export interface Reply {
  readonly delivery: Delivery;
  /**
   * Light formatting only: paragraphs separated by a blank line, *bold*, _italic_, `code`,
   * lines starting with "• " as bullets. Adapters convert this to the platform's markup.
   */
  readonly text: string;
  readonly choices?: readonly Choice[];
  /** Where to deliver instead when the platform refuses `delivery` (e.g. Slack cannot show an ephemeral). */
  readonly fallback?: DeliveryMode;
  /**
   * For delivery "channel": the channel to post in, when it is not the event's own (sharing a quiz
   * result from the DM into the channel the quiz was started from).
   */
  readonly channelId?: string;
  /** Groups replies for metrics and tests: "clarification", "answer", "help", "quiz.question", ... */
  readonly purpose: string;
}

export type EventKind =
  /** An ordinary message in a channel or group the bot is in. */
  | "message"
  /** A message that mentions the bot: command words follow the mention. */
  | "mention"
  /** A message in the 1:1 conversation with the bot. */
  | "direct"
  /** A slash command (`/microsense ...`). */
  | "command"
  /** A click on one of the bot's buttons. */
  | "action";

export interface IncomingEvent {
  readonly platform: Platform;
  /** Slack team id, Teams tenant id, "local" in the console. */
  readonly workspaceId: string;
  readonly channelId: string;
  /** The thread root the message belongs to, if it is in a thread. */
  readonly threadId?: string;
  /** The platform's id of this message (Slack ts, Teams activity id). */
  readonly messageId?: string;
  readonly userId: string;
  /** The platform's id of this delivery, identical on retries: the dedupe key. */
  readonly eventId: string;
  readonly kind: EventKind;
  /** The message text, or the command's words with the command or mention removed. */
  readonly text: string;
  /** For kind "action": the clicked choice. */
  readonly action?: { readonly actionId: string; readonly value: string };
  /** Sent by a bot or integration (including microsense itself). */
  readonly fromBot?: boolean;
  /** An edit, deletion or other non-original message. */
  readonly isEdit?: boolean;
}

/** What every adapter calls: one event in, the replies to deliver out (possibly none). */
export interface ConversationCore {
  handle(event: IncomingEvent): Promise<readonly Reply[]>;
}
