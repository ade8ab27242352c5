import type { MatchResult } from "../matcher/types";
import { pickVariant } from "./pick-variant";
import type { ReplyTexts } from "./replies-schema";
import type { Reply } from "./types";

/**
 * The short thread answer to a question about the terms, or undefined when the question is not one
 * microsense answers (topic "other"). A definition question naming both terms gets the difference.
 */
export function composeAnswer(result: MatchResult, replies: ReplyTexts, seed: string): Reply | undefined {
  const text = answerText(result, replies, seed);
  return text === undefined ? undefined : { delivery: "thread", text, purpose: "answer" };
}

function answerText(result: MatchResult, replies: ReplyTexts, seed: string): string | undefined {
  if (result.intent !== "question") return undefined;
  const terms = new Set(result.terms.map((occurrence) => occurrence.term));
  if (result.topic === "difference" || (result.topic === "definition" && terms.size !== 1)) {
    return pickVariant(replies.answers.difference, seed);
  }
  if (result.topic === "definition") {
    const [term] = terms;
    return term === undefined ? undefined : pickVariant(replies.answers.definition[term], seed);
  }
  return undefined;
}
