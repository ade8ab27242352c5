/**
 * Marks that turn a whole message into sarcasm or an eye-roll at someone else's claim: nothing in it
 * is a sincere statement of the author's, so no rule may flag it.
 */
const EYE_ROLLS = ["🙃", "🙄", "😂", "🤣"] as const;
// Written as emoji codes (":rolling_eyes:"), they reach here as the emoji: see mask-markup.ts.
const SLASH_S = /(?:^|\s)\/s\s*$/;
// "..., and my microwave is basically a microscope" or "..., just like my toaster will": a mock claim
// set beside the real one; "ah yes, microservices, famous for stopping ransomware": mock praise;
// "guess I imagined the 300 policies we enforce": a claim answered with a fact, mockingly; "..., and
// the coffee machine will be SOC 2 compliant": the claim set in a list of absurd ones; "BREAKING:
// renaming X to Y found to improve security posture by 0%": a mock headline.
const SCOFF =
  /\byeah right\b|^oh sure\b|\band my [a-z]+ (?:is|are) (?:basically|literally) (?:a|an) [a-z]+|\band i'?m the (?:pope|queen|king)\b|\bjust like my [a-z]+ (?:will|does|can|is|would)\b|\bany day now\b|\bsarcasm (?:incoming|alert)\b|^ah yes,? micro[a-z-]*,? (?:(?:the|that|our) )?(?:famous|famously|known|renowned|celebrated|legendary)\b|\b(?:i )?(?:guess|must have|must've) i (?:imagined|dreamt|dreamed|hallucinated)\b|\b(?:the|our|my) (?:coffee machine|coffee maker|toaster|fridge|microwave|kettle|printer) (?:will|would|is going to|'ll) (?:be|get|start|finally)\b|^breaking : |\b(?:improves?|improved|boosts?|boosted|increases?|increased|raises?|raised) [a-z ]{0,40}by (?:0|zero) ?%/;

/**
 * Whether the folded message is marked as sarcasm. Emoji are looked for as plain strings: an
 * expression with them would need the slow Unicode mode, and most messages hold none.
 */
export function isSarcastic(text: string): boolean {
  return EYE_ROLLS.some((mark) => text.includes(mark)) || SLASH_S.test(text) || SCOFF.test(text);
}
