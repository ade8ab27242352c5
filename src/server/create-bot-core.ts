import type { Config } from "../config/config";
import { bufferCounters } from "../conversation/buffered-counters";
import type { ConversationObserver } from "../conversation/conversation-observer";
import { createConversationCore } from "../conversation/create-conversation-core";
import type { ConversationCore } from "../conversation/types";
import { createMatcher } from "../matcher/create-matcher";
import type { Logger } from "../observability/create-logger";
import type { Metrics } from "../observability/metrics";
import { loadQuestionnaire } from "../questionnaire/load-questionnaire";
import { createMemoryStateStore } from "../state/memory-state-store";
import { createRedisStateStore } from "../state/redis-state-store";
import type { StateStore } from "../state/state-store";
import { countStoreFailures } from "./count-store-failures";

export interface BotCore {
  readonly core: ConversationCore;
  readonly store: StateStore;
  /** "memory" or the Redis URL without its password, for the start-up line. */
  readonly storeDescription: string;
  /** Settles once the store's first connection attempt has: false when Redis could not be reached. */
  readonly ready: Promise<boolean>;
}

/**
 * Wires the platform-neutral core from validated config: the matcher and the questionnaire from
 * intents/, the state store (Redis when REDIS_URL is set, else in memory) and metrics hooks. Closing
 * the store writes the statistics still buffered, so stop the adapters first.
 */
export function createBotCore(config: Config, logger: Logger, metrics?: Metrics): BotCore {
  const redis = config.redis
    ? createRedisStateStore({ url: config.redis.url, keyPrefix: config.keyPrefix, logger })
    : undefined;
  const backend: StateStore = redis ?? createMemoryStateStore();
  const counted = metrics ? countStoreFailures(backend, () => metrics.redisErrors.inc()) : backend;
  // On Redis, statistics are added up in memory and written once a second (and on close), so a busy
  // channel costs one Redis round trip per message (the dedupe claim) instead of two.
  const store = redis
    ? bufferCounters(counted, {
        onFlushError: (error, failedCounters) =>
          logger.debug({ err: error, failedCounters }, "could not write statistics yet; retrying"),
      })
    : counted;
  const core = createConversationCore({
    matcher: createMatcher(),
    store,
    questionnaire: loadQuestionnaire(),
    settings: config.behaviour,
    logger,
    ...(metrics ? { observer: metricsObserver(metrics) } : {}),
  });
  return {
    core,
    store,
    storeDescription: config.redis ? redactUrl(config.redis.url) : "memory",
    ready: redis ? redis.ready : Promise.resolve(true),
  };
}

function metricsObserver(metrics: Metrics): ConversationObserver {
  return {
    onClassified: (result) =>
      metrics.messagesClassified.inc({ intent: result.intent, kind: result.kind ?? "" }),
    onDedupeHit: () => metrics.dedupeHits.inc(),
    onCooldown: (scope) => metrics.cooldownSuppressions.inc({ scope }),
    onQuizStarted: () => metrics.quizStarted.inc(),
    onQuizCompleted: () => metrics.quizCompleted.inc(),
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "redis";
  }
}
