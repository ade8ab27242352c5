import { z } from "zod";
import type { QuizState } from "./types";

const quizStateSchema = z.object({
  status: z.enum(["in_progress", "completed", "cancelled"]),
  currentQuestionId: z.string().nullable(),
  answers: z.record(z.string(), z.string()),
  startedAt: z.number().finite(),
  updatedAt: z.number().finite(),
  definitionVersion: z.int(),
});

/**
 * Reads a stored state back. Anything that is not JSON of the right shape gives undefined: a corrupt
 * or foreign value should cost the user a fresh start, not an error.
 */
export function parseQuizState(text: string): QuizState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = quizStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
