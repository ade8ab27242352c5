/**
 * Marks that turn a whole message into sarcasm or an eye-roll at someone else's claim: nothing in it
 * is a sincere statement of the author's, so no rule may flag it.
 */
/**
 * The eye-roll emoji, keyed by the codes Slack and Teams write them as in text. Masking writes each
 * code back as its emoji (see mask-markup.ts), so a code in the author's prose reaches isSarcastic
 * as the emoji, and one in a quote or code does not reach it at all. Every code is longer than its
 * emoji, which fits in its place.
 */
export const EYE_ROLL_CODES: ReadonlyMap<string, string> = new Map([
  [":upside_down_face:", "🙃"],
  [":rolling_eyes:", "🙄"],
  [":face_with_rolling_eyes:", "🙄"],
  [":joy:", "😂"],
  [":rolling_on_the_floor_laughing:", "🤣"],
  [":rofl:", "🤣"],
]);
const EYE_ROLLS = [...new Set(EYE_ROLL_CODES.values())];
// "/s" closes the sarcastic line: at the end of the message or of any line in it.
const SLASH_S = /(?:^|\s)\/s[ \t]*(?:$|\n)/;
// "..., and my microwave is basically a microscope" or "..., just like my toaster will": a mock claim
// set beside the real one; "ah yes, microservices, famous for stopping ransomware": mock praise;
// "guess I imagined the 300 policies we enforce": a claim answered with a fact, mockingly; "..., and
// the coffee machine will be SOC 2 compliant": the claim set in a list of absurd ones (only after
// ", and": "the printer will be moved" is news); "BREAKING: renaming X to Y found to improve security
// posture by 0%": a mock headline, which needs both its opening and its zero.
const SCOFF =
  /\byeah right\b|^oh sure\b|\band my [a-z]+ (?:is|are) (?:basically|literally) (?:a|an) [a-z]+|\band i'?m the (?:pope|queen|king)\b|\bjust like my [a-z]+ (?:will|does|can|is|would)\b|\bany day now\b|\bsarcasm (?:incoming|alert)\b|^ah yes,? micro[a-z-]*,? (?:(?:the|that|our) )?(?:famous|famously|known|renowned|celebrated|legendary)\b|\b(?:i )?(?:guess|must have|must've) i (?:imagined|dreamt|dreamed|hallucinated)\b|, and (?:the|our|my) (?:coffee machine|coffee maker|toaster|fridge|microwave|kettle)(?: (?:will|would|is going to)|'ll) (?:be|get|start|finally)\b|^breaking ?: .{0,200}\bby (?:0|zero) ?%/;

/**
 * Whether the folded message is marked as sarcasm. Emoji are looked for as plain strings: an
 * expression with them would need the slow Unicode mode, and most messages hold none.
 */
export function isSarcastic(text: string): boolean {
  return EYE_ROLLS.some((mark) => text.includes(mark)) || SLASH_S.test(text) || SCOFF.test(text);
}
