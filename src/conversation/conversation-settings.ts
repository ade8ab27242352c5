import type { DeliveryMode } from "./types";

/**
 * How the core behaves. Deliberately its own type rather than the app Config: the lead maps the
 * validated config onto it, and tests pass only what they care about.
 */
export interface ConversationSettings {
  /** Quiet time in a channel after a passive reply; 0 turns it off. */
  readonly channelCooldownMs: number;
  /** Quiet time towards one person after a passive reply; 0 turns it off. */
  readonly userCooldownMs: number;
  /** Where clarifications go in a channel that never ran `mode`. */
  readonly defaultDeliveryMode: DeliveryMode;
  /** Whether questions about the two terms get an answer in the thread. */
  readonly answerQuestions: boolean;
  /** How long an untouched questionnaire stays resumable. */
  readonly quizTtlMs: number;
  /** How long an event id is remembered so a platform retry is answered once. */
  readonly dedupeTtlMs: number;
  /** `mute` without a duration, and the "Mute here" button. */
  readonly defaultMuteMs: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const DEFAULT_CONVERSATION_SETTINGS: ConversationSettings = {
  channelCooldownMs: 10 * MINUTE_MS,
  userCooldownMs: HOUR_MS,
  defaultDeliveryMode: "ephemeral",
  answerQuestions: true,
  quizTtlMs: 24 * HOUR_MS,
  dedupeTtlMs: 15 * MINUTE_MS,
  defaultMuteMs: 24 * HOUR_MS,
};

/** Fills what the caller left out with the defaults; extra fields (e.g. a whole BehaviourConfig) are ignored. */
export function resolveConversationSettings(
  settings: Partial<ConversationSettings> = {},
): ConversationSettings {
  return {
    channelCooldownMs: settings.channelCooldownMs ?? DEFAULT_CONVERSATION_SETTINGS.channelCooldownMs,
    userCooldownMs: settings.userCooldownMs ?? DEFAULT_CONVERSATION_SETTINGS.userCooldownMs,
    defaultDeliveryMode: settings.defaultDeliveryMode ?? DEFAULT_CONVERSATION_SETTINGS.defaultDeliveryMode,
    answerQuestions: settings.answerQuestions ?? DEFAULT_CONVERSATION_SETTINGS.answerQuestions,
    quizTtlMs: settings.quizTtlMs ?? DEFAULT_CONVERSATION_SETTINGS.quizTtlMs,
    dedupeTtlMs: settings.dedupeTtlMs ?? DEFAULT_CONVERSATION_SETTINGS.dedupeTtlMs,
    defaultMuteMs: settings.defaultMuteMs ?? DEFAULT_CONVERSATION_SETTINGS.defaultMuteMs,
  };
}
