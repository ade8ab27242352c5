import type { Logger } from "pino";
import type { Matcher } from "../matcher/types";
import type { QuizDefinition } from "../questionnaire/types";
import type { KeyScope } from "../state/state-keys";
import type { StateStore } from "../state/state-store";
import type { ConversationObserver } from "./conversation-observer";
import type { ConversationSettings } from "./conversation-settings";
import type { ReplyTexts } from "./replies-schema";
import type { IncomingEvent } from "./types";

/** What stays the same for every event a core handles. */
export interface CoreContext {
  readonly matcher: Matcher;
  readonly store: StateStore;
  readonly questionnaire: QuizDefinition;
  readonly replies: ReplyTexts;
  readonly settings: ConversationSettings;
  readonly now: () => number;
  readonly observer: ConversationObserver;
}

/** One event being handled: the shared context plus the event, its key scope and its child logger. */
export interface Turn extends CoreContext {
  readonly event: IncomingEvent;
  readonly scope: KeyScope;
  readonly log: Logger;
}

/**
 * Calls an observer hook without letting it break the turn: metrics are nice to have, replies are not.
 */
export function notifyObserver(turn: Turn, call: (observer: ConversationObserver) => void): void {
  try {
    call(turn.observer);
  } catch (error: unknown) {
    turn.log.warn({ err: error }, "a conversation observer threw; ignoring it");
  }
}
