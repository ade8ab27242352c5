import pino from "pino";
import type { ConversationSettings } from "../../../src/conversation/conversation-settings";
import { createConversationCore } from "../../../src/conversation/create-conversation-core";
import type { ConversationCore, IncomingEvent } from "../../../src/conversation/types";
import { createMatcher } from "../../../src/matcher/create-matcher";
import type { Matcher } from "../../../src/matcher/types";
import { loadQuestionnaire } from "../../../src/questionnaire/load-questionnaire";
import type { QuizDefinition } from "../../../src/questionnaire/types";
import { createMemoryStateStore } from "../../../src/state/memory-state-store";

// Compiling the knowledge takes a while; every test core shares one matcher and questionnaire.
let knowledge: { readonly matcher: Matcher; readonly questionnaire: QuizDefinition } | undefined;

function sharedKnowledge() {
  knowledge ??= { matcher: createMatcher(), questionnaire: loadQuestionnaire() };
  return knowledge;
}

/** The questionnaire the test core runs, to walk through its questions. */
export function testQuestionnaire(): QuizDefinition {
  return sharedKnowledge().questionnaire;
}

/**
 * The real conversation core, as production wires it, with a fresh in-memory store: the real matcher,
 * the real questionnaire and reply texts, and a silent logger.
 */
export function createTestCore(settings: Partial<ConversationSettings> = {}): ConversationCore {
  const { matcher, questionnaire } = sharedKnowledge();
  return createConversationCore({
    matcher,
    store: createMemoryStateStore(),
    questionnaire,
    settings,
    logger: pino({ level: "silent" }),
  });
}

/** Wraps a core and keeps every event it was asked to handle, to check what the adapter normalised. */
export function recordEvents(
  core: ConversationCore,
): ConversationCore & { readonly events: IncomingEvent[] } {
  const events: IncomingEvent[] = [];
  return {
    events,
    handle(event) {
      events.push(event);
      return core.handle(event);
    },
  };
}
