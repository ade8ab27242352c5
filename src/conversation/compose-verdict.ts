import type { MatchResult } from "../matcher/types";
import { clarificationText } from "./compose-clarification";
import { describeVerdict, evidenceBullets, verdictKind } from "./describe-verdict";
import type { ReplyTexts } from "./replies-schema";

/**
 * The `check` answer: the verdict, the terms as written, every piece of evidence with its rule id,
 * and for a mix-up the clarification a channel would get. Only the asker sees it.
 */
export function composeVerdict(result: MatchResult, replies: ReplyTexts, seed: string): string {
  const lines = [
    `*Verdict:* ${describeVerdict(verdictKind(result), result.misusedTerm, result.topic)} ` +
      `(confidence ${result.confidence.toFixed(2)}).`,
  ];
  if (result.terms.length > 0) {
    const terms = result.terms.map((occurrence) => {
      const how = occurrence.via === "fuzzy" ? ", read as a typo" : "";
      return `"${occurrence.text}" (${occurrence.term}${how})`;
    });
    lines.push(`*Terms:* ${terms.join(", ")}`);
  }
  const paragraphs = [lines.join("\n")];
  if (result.evidence.length > 0)
    paragraphs.push(["*Evidence:*", ...evidenceBullets(result.evidence)].join("\n"));
  if (result.intent === "conflation") {
    paragraphs.push(`*What I would reply:* ${clarificationText(replies, result, seed)}`);
  }
  return paragraphs.join("\n\n");
}
