/**
 * The questionnaire's vocabulary: the validated definition loaded from intents/questionnaire.yml, the
 * serialisable state kept per user, and the inputs and outputs of the pure `step` function.
 */

export const RESULT_IDS = ["microservices", "microsegmentation", "both", "neither"] as const;
export type ResultId = (typeof RESULT_IDS)[number];

/** Totals (or one option's contribution) on the two axes the result is decided from. */
export interface AxisScores {
  readonly application: number;
  readonly network: number;
}

/** A line added to the result when this option was chosen, optionally only for some results. */
export interface QuizOptionNote {
  readonly text: string;
  /** Empty means: whatever the result. */
  readonly results: readonly ResultId[];
}

export interface QuizOption {
  readonly id: string;
  readonly label: string;
  readonly scores: AxisScores;
  readonly note?: QuizOptionNote;
}

export interface QuizQuestion {
  readonly id: string;
  readonly text: string;
  readonly options: readonly QuizOption[];
}

export interface QuizResultDefinition {
  readonly id: ResultId;
  readonly title: string;
  readonly explanation: string;
}

/** An axis "counts" once its total reaches its threshold; the two yes/no answers pick the result. */
export interface QuizThresholds {
  readonly application: number;
  readonly network: number;
}

export interface QuizTexts {
  /** Shown above the current question when an unfinished questionnaire is picked up again. */
  readonly resume: string;
  readonly cancelled: string;
  readonly alreadyAnswered: string;
  /** For a click on a question that is no longer open, or an option that does not belong to it. */
  readonly stale: string;
  /** Why an earlier, unfinished questionnaire was dropped after a long pause. */
  readonly expired: string;
  /** Why an earlier questionnaire was dropped after the definition changed. */
  readonly outdated: string;
  readonly notStarted: string;
}

export interface QuizDefinition {
  readonly id: string;
  /** Bump it whenever questions or options change: running questionnaires then start over. */
  readonly version: number;
  readonly intro: string;
  readonly questions: readonly QuizQuestion[];
  readonly results: Readonly<Record<ResultId, QuizResultDefinition>>;
  readonly thresholds: QuizThresholds;
  readonly texts: QuizTexts;
}

export type QuizStatus = "in_progress" | "completed" | "cancelled";

/** Plain JSON on purpose: it is stored as a string and must survive JSON.stringify/parse unchanged. */
export interface QuizState {
  readonly status: QuizStatus;
  /** The open question while in progress; null once completed or cancelled. */
  readonly currentQuestionId: string | null;
  /** questionId -> optionId */
  readonly answers: Readonly<Record<string, string>>;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  /** Epoch milliseconds of the last change; expiry is measured from here. */
  readonly updatedAt: number;
  readonly definitionVersion: number;
}

export type QuizInput =
  | { readonly type: "start" }
  | { readonly type: "answer"; readonly questionId: string; readonly optionId: string }
  | { readonly type: "cancel" };

export interface QuizChoice {
  readonly id: string;
  readonly label: string;
}

export interface QuestionOutput {
  readonly type: "question";
  readonly questionId: string;
  readonly text: string;
  readonly options: readonly QuizChoice[];
  /** 0-based position of the question. */
  readonly index: number;
  readonly total: number;
  /** True when an unfinished questionnaire is picked up again rather than begun. */
  readonly resumed: boolean;
  /** To show above the question: the intro on a fresh start (after any restart reason), or the resume note. */
  readonly preface?: string;
}

export interface AnswerRecordedOutput {
  readonly type: "answer_recorded";
  readonly questionId: string;
  readonly optionId: string;
  /** So an adapter can rewrite the answered card in place with the choice. */
  readonly label: string;
}

export interface ResultOutput {
  readonly type: "result";
  readonly resultId: ResultId;
  readonly title: string;
  readonly explanation: string;
  readonly scores: AxisScores;
  /** One line tailored to a notable answer, if any option carries one for this result. */
  readonly note?: string;
}

export interface CancelledOutput {
  readonly type: "cancelled";
  readonly text: string;
}

export interface StaleOutput {
  readonly type: "stale";
  readonly questionId: string;
  readonly text: string;
}

export interface AlreadyAnsweredOutput {
  readonly type: "already_answered";
  readonly questionId: string;
  readonly optionId: string;
  readonly label: string;
  readonly text: string;
}

/** Why an answer or cancel found nothing open. */
export type NotStartedReason = "absent" | "expired" | "outdated" | "cancelled" | "completed";

export interface NotStartedOutput {
  readonly type: "not_started";
  readonly reason: NotStartedReason;
  readonly text: string;
}

export type QuizOutput =
  | QuestionOutput
  | AnswerRecordedOutput
  | ResultOutput
  | CancelledOutput
  | StaleOutput
  | AlreadyAnsweredOutput
  | NotStartedOutput;

export interface StepResult {
  /** undefined means: nothing worth keeping (delete the stored state). */
  readonly state: QuizState | undefined;
  readonly outputs: readonly QuizOutput[];
}
