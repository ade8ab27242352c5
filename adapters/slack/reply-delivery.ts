import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Delivery, Reply } from "../../src/conversation/types";
import { assertNever, PlatformApiError } from "../../src/errors";
import type { ApiReporter } from "./api-reporter";
import type { ChannelRateLimiter } from "./channel-rate-limiter";
import type { DmChannels } from "./dm-channels";
import { type RenderedMessage, renderHomeView, renderReply } from "./render-blocks";
import { attempt, classify, type FetchLike, type Outcome, postToResponseUrl } from "./slack-call";
import type { SlackTurn } from "./slack-turn";

export interface ReplyDeliveryOptions {
  readonly client: webApi.WebClient;
  readonly limiter: ChannelRateLimiter;
  readonly dms: DmChannels;
  readonly reporter: ApiReporter;
  readonly reactionEmoji?: string;
  readonly fetch?: FetchLike;
  readonly newNonce?: () => string;
}

/**
 * Delivers the core's replies for one turn, in order. A reply Slack refuses goes once to its fallback;
 * a failure whose outcome is unknown is logged and not repeated anywhere, so nobody sees a reply twice.
 * New messages pass through the per-channel rate limiter; edits (chat.update, views.publish) do not.
 * Every call that fails for good is reported, refused or not, whether or not a fallback follows.
 */
export class ReplyDelivery {
  private readonly fetchImpl: FetchLike;
  private readonly newNonce: () => string;

  constructor(private readonly options: ReplyDeliveryOptions) {
    this.fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
    this.newNonce = options.newNonce ?? (() => randomUUID().slice(0, 8));
  }

  async deliverAll(turn: SlackTurn, replies: readonly Reply[], log: Logger): Promise<void> {
    let clarified = false;
    for (const reply of replies) {
      const outcome = await this.deliver(turn, reply, log);
      if (outcome.ok && reply.purpose === "clarification") clarified = true;
    }
    if (clarified) await this.react(turn, log);
  }

  /** Publishes the App Home tab built from the replies to the "home" command. */
  async publishHome(userId: string, replies: readonly Reply[], log: Logger): Promise<void> {
    const view = renderHomeView(replies, this.newNonce());
    const outcome = await this.call("views.publish", () =>
      this.options.client.views.publish({ user_id: userId, view }),
    );
    if (!outcome.ok) log.error({ err: failure("home view", outcome.reason) }, "could not publish App Home");
  }

  private async deliver(turn: SlackTurn, reply: Reply, log: Logger): Promise<Outcome> {
    const outcome = await this.send(turn, reply, reply.delivery);
    if (outcome.ok) return outcome;
    const { fallback } = reply;
    if (!outcome.refused || fallback === undefined || fallback === reply.delivery) {
      log.error(
        { err: failure(reply.delivery, outcome.reason), purpose: reply.purpose },
        outcome.refused ? "Slack refused a reply that has no fallback" : "a reply may not have reached Slack",
      );
      return outcome;
    }
    log.info(
      { delivery: reply.delivery, fallback, reason: outcome.reason },
      "Slack refused a reply; using its fallback",
    );
    const second = await this.send(turn, reply, fallback);
    if (!second.ok)
      log.error({ err: failure(fallback, second.reason), purpose: reply.purpose }, "the fallback failed too");
    return second;
  }

  private send(turn: SlackTurn, reply: Reply, mode: Delivery): Promise<Outcome> {
    switch (mode) {
      case "ephemeral":
        return this.ephemeral(turn, renderReply(reply, this.newNonce()));
      case "thread":
        return this.thread(turn, renderReply(reply, this.newNonce()));
      case "dm":
        return this.dm(turn, renderReply(reply, this.newNonce()));
      case "update":
        return this.update(turn, reply);
      case "channel":
        // Top level on purpose: a shared result is news for the channel, not a reply to anything.
        return this.post(
          reply.channelId ?? turn.event.channelId,
          renderReply(reply, this.newNonce()),
          undefined,
        );
      default:
        return assertNever(mode);
    }
  }

  private ephemeral(turn: SlackTurn, message: RenderedMessage): Promise<Outcome> {
    const { event, responseUrl } = turn;
    return this.options.limiter.run(event.channelId, () => {
      // A response_url reaches the user even in channels and DMs the bot is not a member of.
      if (responseUrl !== undefined && (event.kind === "command" || event.kind === "action")) {
        return this.toResponseUrl(responseUrl, {
          response_type: "ephemeral",
          replace_original: false,
          ...message,
        });
      }
      return this.call("chat.postEphemeral", () =>
        this.options.client.chat.postEphemeral({
          channel: event.channelId,
          user: event.userId,
          ...message,
          ...(event.threadId !== undefined && { thread_ts: event.threadId }),
        }),
      );
    });
  }

  private thread(turn: SlackTurn, message: RenderedMessage): Promise<Outcome> {
    const { event, source } = turn;
    // In a DM a reply reads better beside the message than in a thread under it; an ephemeral has no thread.
    const canThreadOnMessage = event.kind !== "direct" && !(source?.kind === "message" && source.isEphemeral);
    const root = event.threadId ?? (canThreadOnMessage ? event.messageId : undefined);
    return this.post(event.channelId, message, root);
  }

  private async dm(turn: SlackTurn, message: RenderedMessage): Promise<Outcome> {
    const { event } = turn;
    let channelId = event.channelId;
    if (event.kind !== "direct") {
      try {
        channelId = await this.options.dms.open(event.userId);
      } catch (error) {
        return classify(error);
      }
    }
    return this.post(channelId, message, undefined);
  }

  private update(turn: SlackTurn, reply: Reply): Promise<Outcome> {
    const { source, responseUrl } = turn;
    if (source === undefined) {
      // Nothing to replace (not a click): show it to the user alone; a refusal still reaches the fallback.
      return this.send(turn, reply, "ephemeral");
    }
    if (source.kind === "view") {
      const view = renderHomeView([reply], this.newNonce());
      return this.call("views.publish", () =>
        this.options.client.views.publish({ user_id: turn.event.userId, view }),
      );
    }
    const message = renderReply(reply, this.newNonce());
    if (!source.isEphemeral) {
      return this.call("chat.update", () =>
        this.options.client.chat.update({ channel: source.channelId, ts: source.messageTs, ...message }),
      );
    }
    if (responseUrl === undefined) {
      return Promise.resolve({
        ok: false,
        refused: true,
        reason: "an ephemeral message without response_url",
      });
    }
    return this.toResponseUrl(responseUrl, { replace_original: true, ...message });
  }

  private post(channelId: string, message: RenderedMessage, threadTs: string | undefined): Promise<Outcome> {
    return this.options.limiter.run(channelId, () =>
      this.call("chat.postMessage", () =>
        this.options.client.chat.postMessage({
          channel: channelId,
          ...message,
          ...(threadTs !== undefined && { thread_ts: threadTs }),
        }),
      ),
    );
  }

  private async react(turn: SlackTurn, log: Logger): Promise<void> {
    const { event } = turn;
    const name = this.options.reactionEmoji;
    const reactable = event.kind === "message" || event.kind === "mention" || event.kind === "direct";
    if (name === undefined || !reactable || event.messageId === undefined) return;
    const timestamp = event.messageId;
    const outcome = await attempt(() =>
      this.options.client.reactions.add({ channel: event.channelId, timestamp, name }),
    );
    // Already reacted is the outcome we wanted, not trouble.
    if (!outcome.ok && outcome.reason !== "already_reacted") {
      this.options.reporter.failed("reactions.add");
      log.warn({ reason: outcome.reason }, "could not add the reaction");
    }
  }

  private async call(method: string, call: () => Promise<unknown>): Promise<Outcome> {
    const outcome = await attempt(call);
    if (!outcome.ok) this.options.reporter.failed(method);
    return outcome;
  }

  private async toResponseUrl(url: string, message: Record<string, unknown>): Promise<Outcome> {
    const outcome = await postToResponseUrl(this.fetchImpl, url, message);
    if (!outcome.ok) this.options.reporter.failed("response_url");
    return outcome;
  }
}

function failure(delivery: string, reason: string): PlatformApiError {
  return new PlatformApiError(`Slack did not take the ${delivery} reply: ${reason}`);
}
