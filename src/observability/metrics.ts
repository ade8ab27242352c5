import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/**
 * The bot's Prometheus metrics. Each instance owns its registry (never prom-client's global one), so
 * tests and several bots in one process never see each other's counts or clash on names.
 */
export interface Metrics {
  readonly registry: Registry;
  /** The Content-Type header to send with `render()`'s text. */
  readonly contentType: string;
  /** type: the IncomingEvent kind ("message", "mention", "direct", "command", "action"). */
  readonly eventsReceived: Counter<"platform" | "type">;
  /** intent: the matcher's verdict; kind: the event kind it was found in. */
  readonly messagesClassified: Counter<"intent" | "kind">;
  /** mode: where the reply went ("ephemeral", "thread", "dm", "update"). */
  readonly repliesSent: Counter<"platform" | "mode">;
  /** Platform retries of an event already handled. */
  readonly dedupeHits: Counter<never>;
  /** scope: "channel" or "user", the cooldown that kept the bot quiet. */
  readonly cooldownSuppressions: Counter<"scope">;
  readonly quizStarted: Counter<never>;
  readonly quizCompleted: Counter<never>;
  /** Calls to a platform API that failed for good. method: e.g. "chat.postEphemeral". */
  readonly platformApiErrors: Counter<"platform" | "method">;
  readonly platformApiRetries: Counter<"platform" | "method">;
  readonly redisErrors: Counter<never>;
  /** Wall time from receiving an event to having delivered its replies. */
  readonly eventHandlingSeconds: Histogram<"platform">;
  /** The exposition text for GET /metrics. */
  render(): Promise<string>;
}

const PREFIX = "microsense_";

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  function counter<L extends string = never>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
  ): Counter<L> {
    return new Counter<L>({ name: PREFIX + name, help, labelNames, registers: [registry] });
  }

  return {
    registry,
    contentType: registry.contentType,
    eventsReceived: counter("events_received_total", "Events received from a platform.", [
      "platform",
      "type",
    ]),
    messagesClassified: counter("messages_classified_total", "Messages the matcher classified.", [
      "intent",
      "kind",
    ]),
    repliesSent: counter("replies_sent_total", "Replies delivered to a platform.", ["platform", "mode"]),
    dedupeHits: counter("dedupe_hits_total", "Events dropped because they had been handled already."),
    cooldownSuppressions: counter(
      "cooldown_suppressions_total",
      "Clarifications not sent because a cooldown was running.",
      ["scope"],
    ),
    quizStarted: counter("quiz_started_total", "Questionnaires started."),
    quizCompleted: counter("quiz_completed_total", "Questionnaires answered to the end."),
    platformApiErrors: counter(
      "platform_api_errors_total",
      "Platform API calls that failed after their retries.",
      ["platform", "method"],
    ),
    platformApiRetries: counter("platform_api_retries_total", "Platform API calls retried.", [
      "platform",
      "method",
    ]),
    redisErrors: counter("redis_errors_total", "Redis commands or connections that failed."),
    eventHandlingSeconds: new Histogram({
      name: `${PREFIX}event_handling_seconds`,
      help: "Time from receiving an event to having delivered its replies.",
      labelNames: ["platform"] as const,
      registers: [registry],
    }),
    render: () => registry.metrics(),
  };
}
