import { StateConflictError } from "../errors";
import { parseQuizState } from "../questionnaire/parse-quiz-state";
import { step } from "../questionnaire/step";
import type { QuizInput, QuizOutput, QuizState } from "../questionnaire/types";
import { stateKeys } from "../state/state-keys";
import type { Turn } from "./turn-context";

/** What is stored per user: the questionnaire's own state plus the channel it was started from. */
export interface QuizRecord {
  readonly state: QuizState;
  readonly origin?: string;
}

export interface QuizAdvance {
  readonly outputs: readonly QuizOutput[];
  readonly record: QuizRecord | undefined;
}

/** Enough for a burst of double clicks; beyond that something is wrong and the caller says so. */
const MAX_ATTEMPTS = 5;

export async function readQuizRecord(turn: Turn): Promise<QuizRecord | undefined> {
  const stored = await turn.store.get(stateKeys.quiz(turn.scope, turn.event.userId));
  return stored === undefined ? undefined : parseQuizRecord(stored.value);
}

/**
 * Runs one questionnaire step for the event's user and stores the result with optimistic
 * concurrency: the write only lands if nobody wrote since the read, otherwise the step is re-run on
 * the fresh state. That serialises concurrent answers, so a double click yields one advance and an
 * "already answered" instead of a second one.
 *
 * @param origin the channel a start came from; kept from the stored record otherwise.
 * @throws StateConflictError when every attempt lost its race (practically never).
 */
export async function advanceQuiz(turn: Turn, input: QuizInput, origin?: string): Promise<QuizAdvance> {
  const key = stateKeys.quiz(turn.scope, turn.event.userId);
  let lastConflict: StateConflictError | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const stored = await turn.store.get(key);
    const before = stored === undefined ? undefined : parseQuizRecord(stored.value);
    const result = step(turn.questionnaire, before?.state, input, turn.now(), turn.settings.quizTtlMs);
    const keptOrigin = origin ?? before?.origin;
    const after: QuizRecord | undefined =
      result.state === undefined
        ? undefined
        : keptOrigin === undefined
          ? { state: result.state }
          : { state: result.state, origin: keptOrigin };
    if (stored !== undefined && before !== undefined && sameRecord(before, after)) {
      return { outputs: result.outputs, record: after };
    }
    try {
      if (after === undefined) {
        if (stored !== undefined) await turn.store.delete(key);
      } else {
        await turn.store.set(key, JSON.stringify(after), {
          ttlMs: turn.settings.quizTtlMs,
          ifVersion: stored?.version ?? "absent",
        });
      }
      return { outputs: result.outputs, record: after };
    } catch (error: unknown) {
      if (!(error instanceof StateConflictError)) throw error;
      lastConflict = error;
      turn.log.debug({ attempt }, "questionnaire state changed meanwhile; re-reading");
    }
  }
  throw lastConflict ?? new StateConflictError(key);
}

/** A corrupt or foreign value reads as no questionnaire: it costs a fresh start, not an error. */
export function parseQuizRecord(text: string): QuizRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || !("state" in value)) return undefined;
  const state = parseQuizState(JSON.stringify(value.state));
  if (state === undefined) return undefined;
  const origin = "origin" in value && typeof value.origin === "string" ? value.origin : undefined;
  return origin === undefined ? { state } : { state, origin };
}

function sameRecord(before: QuizRecord, after: QuizRecord | undefined): boolean {
  return after !== undefined && JSON.stringify(before) === JSON.stringify(after);
}
