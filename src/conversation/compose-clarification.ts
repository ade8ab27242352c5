import type { MatchResult } from "../matcher/types";
import { ACTION_IDS } from "./action-ids";
import type { ConversationSettings } from "./conversation-settings";
import { encodeEvidenceSummary } from "./evidence-summary";
import { pickVariant } from "./pick-variant";
import { encodeQuizStartValue } from "./quiz-start-value";
import type { ReplyTexts } from "./replies-schema";
import type { Choice, DeliveryMode, IncomingEvent, Reply } from "./types";

/** The clarification text for a conflation: the misused term's variants if any, else the kind's `general` ones. */
export function clarificationText(replies: ReplyTexts, result: MatchResult, seed: string): string {
  const set = replies.clarifications[result.kind ?? "equivalence"];
  const specific = result.misusedTerm === undefined ? undefined : set[result.misusedTerm];
  return pickVariant(specific ?? set.general, seed);
}

/**
 * The passive reply to a conflation: the short clarification plus the four buttons. Everything a
 * button needs later (evidence, message, channel) travels in its value, because no message text and
 * no per-message state is stored.
 */
export function composeClarification(
  event: IncomingEvent,
  result: MatchResult,
  mode: DeliveryMode,
  replies: ReplyTexts,
  settings: ConversationSettings,
): Reply {
  const messageRef = event.messageId ?? event.eventId;
  const choices: Choice[] = [
    {
      actionId: ACTION_IDS.quizStart,
      value: encodeQuizStartValue({ inDm: mode === "dm", origin: event.channelId }),
      label: "Take the quiz",
      style: "primary",
    },
    { actionId: ACTION_IDS.clarifyWhy, value: encodeEvidenceSummary(result), label: "Why did I get this?" },
    {
      actionId: ACTION_IDS.clarifyNotHelpful,
      value: JSON.stringify({ m: messageRef, r: result.evidence.slice(0, 10).map((item) => item.rule) }),
      label: "Not helpful",
    },
    { actionId: ACTION_IDS.clarifyMute, value: event.channelId, label: "Mute here" },
  ];
  const fallback = fallbackFor(mode, settings.defaultDeliveryMode);
  const reply: Reply = {
    delivery: mode,
    text: clarificationText(replies, result, event.eventId),
    choices,
    purpose: "clarification",
  };
  return fallback === undefined ? reply : { ...reply, fallback };
}

/** Where to go when the platform refuses the mode: the configured visible mode, else the thread. */
function fallbackFor(mode: DeliveryMode, configured: DeliveryMode): DeliveryMode | undefined {
  if (configured !== "ephemeral" && configured !== mode) return configured;
  return mode === "thread" ? undefined : "thread";
}
