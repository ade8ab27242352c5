import { composeAnswer } from "../conversation/compose-answer";
import { clarificationText } from "../conversation/compose-clarification";
import { describeVerdict, evidenceBullets, verdictKind } from "../conversation/describe-verdict";
import type { ReplyTexts } from "../conversation/replies-schema";
import type { MatchResult } from "../matcher/types";

/** `microsense check`: the verdict, its evidence and what the author would be told, for people. */
export function formatCheck(result: MatchResult, replies: ReplyTexts): string {
  const lines = [
    `verdict: ${result.intent}${result.kind ? ` (${result.kind})` : ""}${result.topic ? ` (${result.topic})` : ""}, confidence ${result.confidence}`,
    `reading: ${describeVerdict(verdictKind(result), result.misusedTerm, result.topic)}`,
  ];
  if (result.terms.length > 0) {
    lines.push(
      `terms: ${result.terms.map((term) => `"${term.text}" = ${term.term}${term.via === "fuzzy" ? " (typo)" : ""}`).join(", ")}`,
    );
  }
  if (result.evidence.length > 0)
    lines.push("evidence:", ...evidenceBullets(result.evidence).map((line) => `  ${line}`));
  const answer = composeAnswer(result, replies, "check");
  const indent = (text: string): string => `  ${text.replace(/\n/g, "\n  ")}`;
  if (result.intent === "conflation") {
    lines.push("the author would be told:", indent(clarificationText(replies, result, "check")));
  } else if (answer) {
    lines.push("the thread would get this answer (when ANSWER_QUESTIONS is on):", indent(answer.text));
  } else {
    lines.push(
      "the author would be told nothing: microsense speaks up about mix-ups and questions about the terms.",
    );
  }
  return lines.join("\n");
}
