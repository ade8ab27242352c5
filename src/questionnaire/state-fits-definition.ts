import { assertNever } from "../errors";
import type { QuizDefinition, QuizState } from "./types";

/**
 * Whether a stored state still makes sense for this definition: every answer names a known question
 * and one of its options, and the open question is the first unanswered one. A state that fails this
 * (say, an expert removed a question without bumping the version) is dropped rather than trusted.
 */
export function stateFitsDefinition(definition: QuizDefinition, state: QuizState): boolean {
  for (const [questionId, optionId] of Object.entries(state.answers)) {
    const question = definition.questions.find((candidate) => candidate.id === questionId);
    if (question?.options.some((option) => option.id === optionId) !== true) return false;
  }
  const firstOpen = definition.questions.find((question) => state.answers[question.id] === undefined);
  switch (state.status) {
    case "in_progress":
      return firstOpen !== undefined && state.currentQuestionId === firstOpen.id;
    case "completed":
      return firstOpen === undefined && state.currentQuestionId === null;
    case "cancelled":
      return state.currentQuestionId === null;
    default:
      return assertNever(state.status);
  }
}
