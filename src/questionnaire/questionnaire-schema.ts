import { z } from "zod";
import { RESULT_IDS } from "./types";

/**
 * The shape of intents/questionnaire.yml as a domain expert writes it. Every message here is a fix, not
 * a diagnosis: describe-schema-issue puts the file and the entry in front of it.
 */

const MAX_SCORE = 10;

function text(field: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `${field} is empty; write the ${field}` });
}

const id = (example: string) =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: `ids use lowercase letters, digits and hyphens only (for example "${example}"); rename it`,
    });

const SCORE_FIX = `scores are whole numbers from 0 to ${MAX_SCORE}; use one`;
const score = z.int({ error: SCORE_FIX }).min(0, { error: SCORE_FIX }).max(MAX_SCORE, { error: SCORE_FIX });

const resultId = z.enum(RESULT_IDS, {
  error: `use one of ${RESULT_IDS.join(", ")}`,
});

const noteSchema = z.strictObject({
  text: text("text"),
  results: z.array(resultId).optional(),
});

const optionSchema = z.strictObject({
  id: id("per-workload"),
  label: text("label"),
  scores: z.strictObject({ application: score, network: score }),
  note: noteSchema.optional(),
});

const questionSchema = z.strictObject({
  id: id("q1-change"),
  text: text("text"),
  options: z.array(optionSchema).min(2, { error: "a question needs at least 2 options; add another option" }),
});

const resultSchema = z.strictObject({
  id: resultId,
  title: text("title"),
  explanation: text("explanation"),
});

const THRESHOLD_FIX = "thresholds are whole numbers of 1 or more; use one";
const threshold = z.int({ error: THRESHOLD_FIX }).min(1, { error: THRESHOLD_FIX });

const VERSION_FIX = "version is a whole number of 1 or more; bump it whenever the questions change";

export const questionnaireFileSchema = z.strictObject({
  id: id("architecture-check"),
  version: z.int({ error: VERSION_FIX }).min(1, { error: VERSION_FIX }),
  intro: text("intro"),
  thresholds: z.strictObject({ application: threshold, network: threshold }),
  questions: z.array(questionSchema).min(1, { error: "there are no questions; add at least one" }),
  results: z.array(resultSchema),
  texts: z.strictObject({
    resume: text("resume text"),
    cancelled: text("cancelled text"),
    already_answered: text("already_answered text"),
    stale: text("stale text"),
    expired: text("expired text"),
    outdated: text("outdated text"),
    not_started: text("not_started text"),
  }),
});

export type QuestionnaireFile = z.infer<typeof questionnaireFileSchema>;
