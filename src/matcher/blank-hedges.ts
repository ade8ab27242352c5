/**
 * "correct me if I'm wrong", "I might be wrong": the author hedges a claim, which hedging does not
 * take back; yet "wrong" is a negation and refutation cue. Gates read the sentence with such hedges
 * blanked (same length, so offsets still line up); the rules' expressions read it as written.
 */
const HEDGE =
  /\b(?:(?:correct me|tell me|unless|maybe|if|even if) (?:if )?i(?:'?m| am) (?:not )?(?:wrong|mistaken)|i (?:might|could|may) be (?:wrong|mistaken))\b/g;

export function blankHedges(text: string): string {
  if (!text.includes("wrong") && !text.includes("mistaken")) return text;
  return text.replace(HEDGE, (hedge) => " ".repeat(hedge.length));
}
