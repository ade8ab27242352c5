import type { MatchResult } from "../matcher/types";
import type { Delivery } from "./types";

/** What a passive reply was held back by. */
export type CooldownScope = "channel" | "user";

/**
 * Hooks for metrics. Every callback is optional and called synchronously; one that throws is
 * logged and ignored, so metrics can never break a conversation.
 */
export interface ConversationObserver {
  /** A message was classified (passive monitoring, `check`, a mention or a DM that is no command). */
  onClassified?(result: MatchResult): void;
  /** Once per reply handed back to the adapter. */
  onReplySent?(delivery: Delivery): void;
  /** An event id was seen before: a platform retry or a second process. */
  onDedupeHit?(): void;
  /** A passive reply was held back by a cooldown. */
  onCooldown?(scope: CooldownScope): void;
  onQuizStarted?(): void;
  onQuizCompleted?(): void;
}
