import type { App, Context } from "@slack/bolt";
import type { Logger } from "pino";
import type { ConversationCore, Reply } from "../../src/conversation/types";
import type { DmChannels } from "./dm-channels";
import { blockActionToTurn, commandToTurn } from "./interaction-to-turn";
import { type BotIdentity, homeOpenedToTurn, messageToTurn } from "./message-to-turn";
import type { ReplyDelivery } from "./reply-delivery";
import { isSkip, type SlackTurn, type TurnOrSkip } from "./slack-turn";
import type { WorkTracker } from "./work-tracker";

export interface SlackListenerDeps {
  readonly core: ConversationCore;
  readonly delivery: ReplyDelivery;
  readonly dms: DmChannels;
  readonly logger: Logger;
  /**
   * Tracks every listener run so stop() can let in-flight turns finish. Socket Mode only: over HTTP the
   * receiver already tracks each request's whole run.
   */
  readonly work?: WorkTracker;
}

/**
 * Wires Bolt's listeners to the core. Events are acknowledged before any listener runs; commands and
 * clicks acknowledge first thing. Only then does the core run, so Slack never waits on it.
 */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const onMessage = async (body: unknown, context: Context): Promise<void> => {
    const bot = identity(context);
    if (bot === undefined) {
      deps.logger.warn("no bot user id in the context: was auth.test skipped? Ignoring the message");
      return;
    }
    await runTurn(deps, messageToTurn(body, bot), context.retryNum);
  };

  // Messages are nearly all the traffic. They go to the core from this one global middleware, so Bolt
  // does not run every listener's matching chain for each of them; everything else takes the listeners.
  app.use(async ({ body, context, next }) => {
    const running = isMessageEnvelope(body) ? onMessage(body, context) : next();
    deps.work?.track(running);
    await running;
  });

  app.event("app_home_opened", async ({ body, context }) => {
    const turn = homeOpenedToTurn(body);
    const replies = await askCore(deps, turn, context.retryNum);
    // An empty answer (a redelivery the core deduped, or nothing to say) must not wipe the Home tab.
    if (replies === undefined || replies.length === 0 || isSkip(turn)) return;
    await deps.delivery.publishHome(turn.event.userId, replies, turnLogger(deps, turn));
  });

  app.command(/^\/.+/, async ({ ack, body }) => {
    await ack();
    await runTurn(deps, commandToTurn(body));
  });

  app.action({ type: "block_actions" }, async ({ ack, body }) => {
    await ack();
    const homeChannelId = body.container.type === "view" ? await homeChannel(deps, body.user.id) : undefined;
    await runTurn(deps, blockActionToTurn(body, homeChannelId));
  });

  app.error(async (error) => {
    deps.logger.error({ err: error }, "Bolt reported an error while handling a Slack payload");
  });
}

async function runTurn(deps: SlackListenerDeps, turn: TurnOrSkip, retryNum?: number): Promise<void> {
  const replies = await askCore(deps, turn, retryNum);
  if (replies === undefined || replies.length === 0 || isSkip(turn)) return;
  await deps.delivery.deliverAll(turn, replies, turnLogger(deps, turn));
}

async function askCore(
  deps: SlackListenerDeps,
  turn: TurnOrSkip,
  retryNum: number | undefined,
): Promise<readonly Reply[] | undefined> {
  if (isSkip(turn)) {
    deps.logger.debug({ reason: turn.skip }, "ignored a Slack payload");
    return undefined;
  }
  // A child logger per turn costs a serialisation of its fields, so only a turn that logs gets one.
  if (retryNum !== undefined && deps.logger.isLevelEnabled("debug"))
    turnLogger(deps, turn).debug({ retryNum }, "Slack redelivered an event; the core dedupes it by eventId");
  try {
    return await deps.core.handle(turn.event);
  } catch (error) {
    turnLogger(deps, turn).error(
      { err: error },
      "the conversation core failed on a Slack event; nothing was sent",
    );
    return undefined;
  }
}

function turnLogger(deps: SlackListenerDeps, turn: SlackTurn): Logger {
  const { event } = turn;
  return deps.logger.child({
    platform: "slack",
    workspace: event.workspaceId,
    conversation: event.channelId,
    turn: event.eventId,
    kind: event.kind,
  });
}

async function homeChannel(deps: SlackListenerDeps, userId: string): Promise<string | undefined> {
  try {
    return await deps.dms.open(userId);
  } catch (error) {
    deps.logger.error({ err: error }, "could not open the DM behind a click in App Home");
    return undefined;
  }
}

function isMessageEnvelope(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const { type, event } = body as { type?: unknown; event?: { type?: unknown } };
  if (type !== "event_callback" || typeof event !== "object" || event === null) return false;
  return event.type === "message" || event.type === "app_mention";
}

function identity(context: Context): BotIdentity | undefined {
  if (context.botUserId === undefined) return undefined;
  return { userId: context.botUserId, ...(context.botId !== undefined && { botId: context.botId }) };
}
