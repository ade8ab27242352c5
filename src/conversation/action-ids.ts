/**
 * The action ids on every button the core hands out. Adapters pass them back unchanged; they are
 * part of the contract with already-posted messages, so never rename one, only add.
 */
export const ACTION_IDS = {
  quizStart: "quiz:start",
  quizShare: "quiz:share",
  clarifyWhy: "clarify:why",
  clarifyNotHelpful: "clarify:not-helpful",
  clarifyMute: "clarify:mute",
  homeOptOut: "home:optout",
  homeOptIn: "home:optin",
} as const;

const QUIZ_ANSWER_PREFIX = "quiz:answer:";

/** `quiz:answer:<questionId>`; the clicked option id travels in the choice's value. */
export function quizAnswerActionId(questionId: string): string {
  return `${QUIZ_ANSWER_PREFIX}${questionId}`;
}

/** The question id of a quiz answer action, or undefined for any other action id. */
export function questionIdOfAction(actionId: string): string | undefined {
  if (!actionId.startsWith(QUIZ_ANSWER_PREFIX)) return undefined;
  const questionId = actionId.slice(QUIZ_ANSWER_PREFIX.length);
  return questionId === "" ? undefined : questionId;
}
