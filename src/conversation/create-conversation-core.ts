import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { isMicrosenseError } from "../errors";
import type { Matcher } from "../matcher/types";
import type { QuizDefinition } from "../questionnaire/types";
import { stateKeys } from "../state/state-keys";
import type { StateStore } from "../state/state-store";
import { commandReply } from "./command-reply";
import type { ConversationObserver } from "./conversation-observer";
import { type ConversationSettings, resolveConversationSettings } from "./conversation-settings";
import { loadReplies } from "./load-replies";
import type { ReplyTexts } from "./replies-schema";
import { routeEvent } from "./route-event";
import { type CoreContext, notifyObserver, type Turn } from "./turn-context";
import type { ConversationCore, IncomingEvent, Reply } from "./types";

export interface ConversationCoreDeps {
  readonly matcher: Matcher;
  readonly store: StateStore;
  /** From loadQuestionnaire(). */
  readonly questionnaire: QuizDefinition;
  /** Missing fields take the defaults; a BehaviourConfig can be passed as it is. */
  readonly settings?: Partial<ConversationSettings>;
  readonly logger: Logger;
  /** Epoch milliseconds; tests inject a clock to pass cooldowns and mutes without waiting. */
  readonly now?: () => number;
  readonly observer?: ConversationObserver;
  /** Reply texts; loaded from intents/replies.yml when absent (throws KnowledgeInvalidError). */
  readonly replies?: ReplyTexts;
}

const UNAVAILABLE =
  "I cannot reach my memory right now, so I cannot do that. Try again in a minute; `help`, `explain`, " +
  "`compare` and `check` keep working meanwhile.";

/**
 * The platform-neutral brain. Never throws from `handle`: a passive message that cannot be handled
 * safely gets no reply, an explicit request gets a short apology, and the error is logged.
 */
export function createConversationCore(deps: ConversationCoreDeps): ConversationCore {
  const context: CoreContext = {
    matcher: deps.matcher,
    store: deps.store,
    questionnaire: deps.questionnaire,
    replies: deps.replies ?? loadReplies(),
    settings: resolveConversationSettings(deps.settings),
    now: deps.now ?? Date.now,
    observer: deps.observer ?? {},
  };

  return {
    async handle(event: IncomingEvent): Promise<readonly Reply[]> {
      const turn: Turn = {
        ...context,
        event,
        scope: { platform: event.platform, workspaceId: event.workspaceId },
        log: deps.logger.child({
          platform: event.platform,
          workspaceId: event.workspaceId,
          channelId: event.channelId,
          eventId: event.eventId,
          kind: event.kind,
          turnId: randomUUID(),
        }),
      };
      // Never answer a bot (including ourselves) or an edit: it would loop or nag twice.
      if (event.fromBot === true || event.isEdit === true) return [];
      const replies = await handleSafely(turn);
      for (const reply of replies) notifyObserver(turn, (observer) => observer.onReplySent?.(reply.delivery));
      return replies;
    },
  };
}

async function handleSafely(turn: Turn): Promise<Reply[]> {
  const explicit = turn.event.kind !== "message";
  try {
    if (!(await claimEvent(turn, explicit))) return [];
    return await routeEvent(turn);
  } catch (error: unknown) {
    if (isMicrosenseError(error, "STATE_UNAVAILABLE")) {
      turn.log.warn({ err: error }, "state unavailable; skipping what needs it");
      return explicit ? [commandReply(turn.event, UNAVAILABLE, "unavailable")] : [];
    }
    turn.log.error({ err: error }, "handling an event failed");
    return explicit
      ? [commandReply(turn.event, "Something went wrong on my side. Please try again in a moment.", "error")]
      : [];
  }
}

/**
 * True for the first delivery of an event id across all processes. When the store is down, a
 * passive message is dropped (the caller's catch), while an explicit request goes ahead: a person
 * asked, and a rare double answer beats none.
 */
async function claimEvent(turn: Turn, explicit: boolean): Promise<boolean> {
  const key = stateKeys.dedupe(turn.scope, turn.event.eventId);
  try {
    if (await turn.store.claim(key, turn.settings.dedupeTtlMs)) return true;
  } catch (error: unknown) {
    if (!explicit || !isMicrosenseError(error, "STATE_UNAVAILABLE")) throw error;
    turn.log.warn({ err: error }, "state unavailable; answering a request without dedupe");
    return true;
  }
  notifyObserver(turn, (observer) => observer.onDedupeHit?.());
  turn.log.debug("dropping a repeated event");
  return false;
}
