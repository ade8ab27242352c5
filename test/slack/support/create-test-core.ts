import pino from "pino";
import { createConversationCore } from "../../../src/conversation/create-conversation-core";
import type { ConversationCore } from "../../../src/conversation/types";
import { createMatcher } from "../../../src/matcher/create-matcher";
import type { Matcher } from "../../../src/matcher/types";
import { loadQuestionnaire } from "../../../src/questionnaire/load-questionnaire";
import type { QuizDefinition } from "../../../src/questionnaire/types";
import { createMemoryStateStore } from "../../../src/state/memory-state-store";

// Loading intents/ is the slow part; every core in a test file shares the result.
let knowledge: { readonly matcher: Matcher; readonly questionnaire: QuizDefinition } | undefined;

/**
 * The real conversation core with a fresh in-memory store, so each test starts with no cooldowns, no
 * dedupe history and no questionnaire in progress. The Slack tests assert what reached Slack, not wording.
 */
export function createTestCore(): ConversationCore {
  knowledge ??= { matcher: createMatcher(), questionnaire: loadQuestionnaire() };
  return createConversationCore({
    ...knowledge,
    store: createMemoryStateStore(),
    logger: pino({ level: "silent" }),
  });
}

/** Messages the real matcher reads as conflations, and correct ones it leaves alone. */
export const conflations = {
  isJust: "microservices is just microsegmentation",
  anotherWord: "isn't microsegmentation just another word for microservices?",
} as const;

export const correctMention = "our microsegmentation policies protect each microservice";
