import type { PreparedSentence } from "./prepare-sentence";
import type { SentenceGates } from "./sentence-gates";
import type { QuestionTopic } from "./types";

const BOTH_REFERENCE = /\b(?:the two|both|each other|them|they|these two|those two|one another|either)\b/;

/** What a question sentence asks: what a term means, how the two relate, or something else. */
export function detectTopic(
  sentence: PreparedSentence,
  messageHasBothTerms: boolean,
  gates: SentenceGates,
): QuestionTopic {
  const text = sentence.text;
  const differenceCue = gates.difference.test(text);
  if (sentence.hasServices && sentence.hasSegmentation) return "difference";
  if (messageHasBothTerms && differenceCue && BOTH_REFERENCE.test(text)) return "difference";
  if (gates.definition.test(text)) return "definition";
  return "other";
}
