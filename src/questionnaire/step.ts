import { assertNever } from "../errors";
import { decideResult } from "./decide-result";
import { scoreAnswers } from "./score-answers";
import { stateFitsDefinition } from "./state-fits-definition";
import type {
  NotStartedReason,
  QuestionOutput,
  QuizDefinition,
  QuizInput,
  QuizOutput,
  QuizQuestion,
  QuizState,
  ResultOutput,
  StepResult,
} from "./types";

/** How long an untouched questionnaire stays resumable; storage should expire the key after the same time. */
export const DEFAULT_QUIZ_TTL_MS = 24 * 60 * 60 * 1000;

type Assessed =
  | { readonly kind: "live"; readonly state: QuizState }
  | {
      readonly kind: "gone";
      readonly reason: Extract<NotStartedReason, "absent" | "expired" | "outdated">;
      /** Only an interrupted questionnaire deserves an explanation of why it is gone. */
      readonly wasInProgress: boolean;
    };

/**
 * The whole questionnaire as a pure function: the stored state and one input in, the next state and
 * what to tell the user out. No I/O and no clock: `now` (epoch ms) comes from the caller, so the same
 * inputs always give the same result and a retried request cannot corrupt anything.
 */
export function step(
  definition: QuizDefinition,
  state: QuizState | undefined,
  input: QuizInput,
  now: number,
  ttlMs: number = DEFAULT_QUIZ_TTL_MS,
): StepResult {
  const assessed = assess(definition, state, now, ttlMs);
  switch (input.type) {
    case "start":
      return start(definition, assessed, now);
    case "answer":
      return answer(definition, assessed, input.questionId, input.optionId, now);
    case "cancel":
      return cancel(definition, assessed, now);
    default:
      return assertNever(input);
  }
}

function assess(
  definition: QuizDefinition,
  state: QuizState | undefined,
  now: number,
  ttlMs: number,
): Assessed {
  if (state === undefined) return { kind: "gone", reason: "absent", wasInProgress: false };
  const wasInProgress = state.status === "in_progress";
  if (now - state.updatedAt >= ttlMs) return { kind: "gone", reason: "expired", wasInProgress };
  if (state.definitionVersion !== definition.version || !stateFitsDefinition(definition, state)) {
    return { kind: "gone", reason: "outdated", wasInProgress };
  }
  return { kind: "live", state };
}

function start(definition: QuizDefinition, assessed: Assessed, now: number): StepResult {
  if (assessed.kind === "live" && assessed.state.status === "in_progress") {
    const current = assessed.state.currentQuestionId;
    const index = definition.questions.findIndex((question) => question.id === current);
    const question = definition.questions[index];
    // stateFitsDefinition guarantees the open question exists; this only satisfies the compiler.
    if (question !== undefined) {
      return {
        state: { ...assessed.state, updatedAt: now },
        outputs: [questionOutput(definition, question, index, true, definition.texts.resume)],
      };
    }
  }
  const first = definition.questions[0];
  if (first === undefined) return { state: undefined, outputs: [] };
  const reason =
    assessed.kind === "gone" && assessed.wasInProgress ? reasonText(definition, assessed.reason) : "";
  return {
    state: {
      status: "in_progress",
      currentQuestionId: first.id,
      answers: {},
      startedAt: now,
      updatedAt: now,
      definitionVersion: definition.version,
    },
    outputs: [questionOutput(definition, first, 0, false, joinParagraphs(reason, definition.intro))],
  };
}

function answer(
  definition: QuizDefinition,
  assessed: Assessed,
  questionId: string,
  optionId: string,
  now: number,
): StepResult {
  if (assessed.kind === "gone")
    return notStarted(definition, assessed.reason, undefined, assessed.wasInProgress);
  const { state } = assessed;
  if (state.status === "cancelled") return notStarted(definition, "cancelled", state);

  const stale: StepResult = {
    state,
    outputs: [{ type: "stale", questionId, text: definition.texts.stale }],
  };
  const index = definition.questions.findIndex((question) => question.id === questionId);
  const question = definition.questions[index];
  if (question === undefined) return stale;

  const previous = state.answers[questionId];
  if (previous !== undefined) {
    const chosen = question.options.find((option) => option.id === previous);
    if (previous !== optionId || chosen === undefined) return stale;
    return {
      state,
      outputs: [
        {
          type: "already_answered",
          questionId,
          optionId,
          label: chosen.label,
          text: definition.texts.alreadyAnswered,
        },
      ],
    };
  }

  const option = question.options.find((candidate) => candidate.id === optionId);
  if (state.status !== "in_progress" || state.currentQuestionId !== questionId || option === undefined) {
    return stale;
  }

  const answers = { ...state.answers, [questionId]: optionId };
  const recorded: QuizOutput = { type: "answer_recorded", questionId, optionId, label: option.label };
  const nextIndex = definition.questions.findIndex((candidate) => answers[candidate.id] === undefined);
  const next = definition.questions[nextIndex];
  if (next !== undefined) {
    return {
      state: { ...state, answers, currentQuestionId: next.id, updatedAt: now },
      outputs: [recorded, questionOutput(definition, next, nextIndex, false, undefined)],
    };
  }
  return {
    state: { ...state, answers, status: "completed", currentQuestionId: null, updatedAt: now },
    outputs: [recorded, resultOutput(definition, answers)],
  };
}

function cancel(definition: QuizDefinition, assessed: Assessed, now: number): StepResult {
  if (assessed.kind === "gone")
    return notStarted(definition, assessed.reason, undefined, assessed.wasInProgress);
  const { state } = assessed;
  switch (state.status) {
    case "in_progress":
      return {
        state: { ...state, status: "cancelled", currentQuestionId: null, updatedAt: now },
        outputs: [{ type: "cancelled", text: definition.texts.cancelled }],
      };
    case "cancelled":
      // A retried cancel gets the same confirmation, not a confusing "nothing to cancel".
      return { state, outputs: [{ type: "cancelled", text: definition.texts.cancelled }] };
    case "completed":
      return notStarted(definition, "completed", state);
    default:
      return assertNever(state.status);
  }
}

function notStarted(
  definition: QuizDefinition,
  reason: NotStartedReason,
  state: QuizState | undefined,
  explain = false,
): StepResult {
  const text = joinSentences(explain ? reasonText(definition, reason) : "", definition.texts.notStarted);
  return { state, outputs: [{ type: "not_started", reason, text }] };
}

/** Why an interrupted questionnaire is gone; the other reasons need no explaining. */
function reasonText(definition: QuizDefinition, reason: NotStartedReason): string {
  switch (reason) {
    case "expired":
      return definition.texts.expired;
    case "outdated":
      return definition.texts.outdated;
    case "absent":
    case "cancelled":
    case "completed":
      return "";
    default:
      return assertNever(reason);
  }
}

function questionOutput(
  definition: QuizDefinition,
  question: QuizQuestion,
  index: number,
  resumed: boolean,
  preface: string | undefined,
): QuestionOutput {
  const output: QuestionOutput = {
    type: "question",
    questionId: question.id,
    text: question.text,
    options: question.options.map((option) => ({ id: option.id, label: option.label })),
    index,
    total: definition.questions.length,
    resumed,
  };
  return preface === undefined || preface === "" ? output : { ...output, preface };
}

function resultOutput(definition: QuizDefinition, answers: Readonly<Record<string, string>>): ResultOutput {
  const scores = scoreAnswers(definition, answers);
  const resultId = decideResult(scores, definition.thresholds);
  const { title, explanation } = definition.results[resultId];
  const output: ResultOutput = { type: "result", resultId, title, explanation, scores };
  for (const question of definition.questions) {
    const note = question.options.find((option) => option.id === answers[question.id])?.note;
    if (note !== undefined && (note.results.length === 0 || note.results.includes(resultId))) {
      return { ...output, note: note.text };
    }
  }
  return output;
}

function joinParagraphs(first: string, second: string): string {
  return first === "" ? second : `${first}\n\n${second}`;
}

function joinSentences(first: string, second: string): string {
  return first === "" ? second : `${first} ${second}`;
}
