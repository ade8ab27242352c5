import { z } from "zod";
import type { IncomingEvent } from "../../src/conversation/types";
import { decodeActionId } from "./render-blocks";
import { slackTextToPlain } from "./slack-text-to-plain";
import type { ButtonSource, TurnOrSkip } from "./slack-turn";

const slashCommand = z.object({
  command: z.string(),
  text: z.string().default(""),
  team_id: z.string(),
  channel_id: z.string(),
  user_id: z.string(),
  trigger_id: z.string(),
  response_url: z.string().optional(),
});

const blockActions = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  response_url: z.string().optional(),
  container: z.union([
    z.object({
      type: z.literal("message"),
      message_ts: z.string(),
      channel_id: z.string(),
      is_ephemeral: z.boolean().default(false),
      thread_ts: z.string().optional(),
    }),
    z.object({ type: z.literal("view"), view_id: z.string() }),
  ]),
  view: z.object({ hash: z.string().optional() }).optional(),
  message: z.object({ thread_ts: z.string().optional() }).optional(),
  actions: z
    .array(z.object({ action_id: z.string(), block_id: z.string(), value: z.string().optional() }))
    .min(1),
});

/** `/microsense <words>`: the words go to the core as a command; trigger_id is unique per invocation. */
export function commandToTurn(body: unknown): TurnOrSkip {
  const parsed = slashCommand.safeParse(body);
  if (!parsed.success) return { skip: "not a slash command payload" };
  const command = parsed.data;
  return {
    event: {
      platform: "slack",
      workspaceId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      eventId: command.trigger_id,
      kind: "command",
      text: slackTextToPlain(command.text).trim(),
    },
    ...(command.response_url !== undefined && { responseUrl: command.response_url }),
  };
}

/**
 * A click on one of our buttons. Clicks from the App Home tab carry no channel, so the caller passes the
 * user's DM channel (where App Home lives) as `homeChannelId`.
 *
 * The eventId names the rendered button and the user rather than the click: a double click sends two
 * payloads with different trigger_ids, and we want the core to see them as one. Every render gives its
 * blocks fresh block_ids (see renderReply), so a button posted again, or a message updated with new
 * buttons, is clickable again.
 */
export function blockActionToTurn(body: unknown, homeChannelId?: string): TurnOrSkip {
  const parsed = blockActions.safeParse(body);
  if (!parsed.success) return { skip: "not a block_actions payload" };
  const payload = parsed.data;
  const [action] = payload.actions;
  if (action === undefined) return { skip: "no action" };

  const container = payload.container;
  let source: ButtonSource;
  let containerKey: string;
  let channelId: string;
  let threadId: string | undefined;
  if (container.type === "message") {
    source = {
      kind: "message",
      channelId: container.channel_id,
      messageTs: container.message_ts,
      isEphemeral: container.is_ephemeral,
    };
    containerKey = `${container.channel_id}:${container.message_ts}`;
    channelId = container.channel_id;
    threadId = container.thread_ts ?? payload.message?.thread_ts;
  } else {
    if (homeChannelId === undefined) return { skip: "a click in a view without the user's DM channel" };
    source = { kind: "view", viewId: container.view_id };
    containerKey = `${container.view_id}:${payload.view?.hash ?? ""}`;
    channelId = homeChannelId;
  }

  const event: IncomingEvent = {
    platform: "slack",
    workspaceId: payload.team?.id ?? payload.user.team_id ?? "",
    channelId,
    ...(threadId !== undefined && { threadId }),
    ...(source.kind === "message" && { messageId: source.messageTs }),
    userId: payload.user.id,
    eventId: `action:${containerKey}:${action.block_id}:${action.action_id}:${payload.user.id}`,
    kind: "action",
    text: "",
    action: { actionId: decodeActionId(action.action_id), value: action.value ?? "" },
  };
  return {
    event,
    source,
    ...(payload.response_url !== undefined && { responseUrl: payload.response_url }),
  };
}
