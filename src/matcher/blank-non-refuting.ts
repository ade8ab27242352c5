/**
 * Words the gates take for a negation or a refutation that, in some phrases, refute nothing:
 * a hedge ("correct me if I'm wrong but ...", which does not take a claim back), a question that
 * takes the claim for granted ("given they're synonyms, why do we have two separate budgets?") and
 * puzzlement ("I don't get why ...").
 * Gates read the sentence with those words blanked (same length, so offsets still line up); the
 * rules' expressions read it as written.
 */
const HEDGE =
  /\b(?:(?:correct me|tell me|unless|maybe|if|even if) (?:if )?i(?:'?m| am) (?:not )?(?:wrong|mistaken)|i (?:might|could|may) be (?:wrong|mistaken))\b/g;
// Only the "two separate" of a "why ... two separate ...?" or "reads like two separate ...".
// The lookbehinds follow a lookahead for "two ", so they only run where it stands.
const LOADED_TWO =
  /(?=\btwo )(?:(?<=\bwhy (?:do|does|did|are|is|would|should) [^.?!;]{0,60})|(?<=\b(?:reads|looks|sounds) like ))two (?:separate|different)\b/g;

// "I don't get why the auditors want both listed": puzzlement, not "you don't get microsegmentation".
const PUZZLED = /\b(?:don'?t|do not) get(?= (?:why|how|what|to)\b)/g;

const blank = (words: string): string => " ".repeat(words.length);

export function blankNonRefutingCues(text: string): string {
  let out = text;
  if (out.includes("wrong") || out.includes("mistaken")) out = out.replace(HEDGE, blank);
  if (out.includes("two ")) out = out.replace(LOADED_TWO, blank);
  if (out.includes(" get ")) out = out.replace(PUZZLED, blank);
  return out;
}
