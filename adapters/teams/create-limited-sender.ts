import type { Logger } from "pino";
import type { PlatformObserver } from "../../src/server/platform-adapter";
import { type Clock, type ConversationRateLimiter, systemClock } from "./conversation-rate-limiter";
import { retryThrottled } from "./retry-throttled";
import { splitConversationId } from "./split-conversation-id";

/** The connector operation a send makes, named as in the Bot Framework REST API; metrics count by it. */
export type ConnectorMethod =
  | "createConversation"
  | "sendToConversation"
  | "replyToActivity"
  | "updateActivity";

export interface ConnectorSend {
  /** Whose rate limit the call counts against: a conversation id (a thread counts as its channel). */
  readonly conversationId: string;
  readonly method: ConnectorMethod;
  /** For error messages: "The Bot Framework connector refused to <what>". */
  readonly what: string;
}

/** Runs one connector call for a conversation within its rate limit, retrying while Teams throttles. */
export type LimitedSender = <T>(send: ConnectorSend, call: () => Promise<T>) => Promise<T>;

export function createLimitedSender(options: {
  readonly limiter: ConversationRateLimiter;
  readonly logger: Logger;
  readonly clock?: Clock;
  readonly throttleRounds?: number;
  readonly observer?: PlatformObserver;
}): LimitedSender {
  const clock = options.clock ?? systemClock;
  const rounds = options.throttleRounds ?? 3;
  const observer = options.observer ?? {};
  // Metrics must never cost a message.
  const notify = (hook: (observer: PlatformObserver) => void) => {
    try {
      hook(observer);
    } catch (error) {
      options.logger.warn({ err: error }, "A platform observer threw; ignoring it");
    }
  };
  return async ({ conversationId, method, what }, call) => {
    // Thread replies share their channel's budget: Teams counts them against the channel.
    await options.limiter.acquire(splitConversationId(conversationId).channelId);
    const onRetry = () => notify((hooks) => hooks.onApiRetry?.(method));
    try {
      return await retryThrottled(call, { rounds, clock, logger: options.logger, what, onRetry });
    } catch (error) {
      notify((hooks) => hooks.onApiError?.(method));
      throw error;
    }
  };
}

/** botbuilder replies to an activity when the outgoing one names it, and posts to the conversation otherwise. */
export function postMethod(replyToId: string | undefined): ConnectorMethod {
  return replyToId === undefined ? "sendToConversation" : "replyToActivity";
}
