/**
 * Words the gates take for a negation, a refutation or an analogy that, in some phrases, are none:
 * a hedge ("correct me if I'm wrong but ...", which does not take a claim back), a question that
 * takes the claim for granted ("given they're synonyms, why do we have two separate budgets?"),
 * puzzlement ("I don't get why ..."), indifference ("same meaning, nobody cares"), emphasis ("I
 * should say it plainly: ..."), a purchase or a wait waved off ("no point buying the licence, we're ...", "no need to wait")
 * and the audience of a rename ("just microservices rebranded for the network people").
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

const INDIFFERENT = /\b(?:nobody|no one|noone|who) (?:really )?cares\b/g;
const EMPHATIC =
  /\bshould say(?= (?:it|this|that) (?:plainly|clearly|bluntly|outright|out loud|loudly|once and for all)\b)/g;
const PURCHASE_WAVED_OFF =
  /\bno (?:point|need)(?= (?:in )?(?:buying|paying for|renewing|licensing|getting) | to wait\b| waiting\b)/g;
// Only the "for": the rename word itself is a cue the rules and the sameness group read.
const RENAMED_FOR =
  /(?=for\b)(?<=\b(?:re-?brand(?:ed|ing)?|renam(?:ed|ing)|relabell?(?:ed|ing)|rebadg(?:ed|ing)|repackag(?:ed|ing)|remarket(?:ed|ing)) (?:it |them |that |this )?(?:just )?)for\b/g;

const blank = (words: string): string => " ".repeat(words.length);

export function blankNonRefutingCues(text: string): string {
  let out = text;
  if (out.includes("wrong") || out.includes("mistaken")) out = out.replace(HEDGE, blank);
  if (out.includes("two ")) out = out.replace(LOADED_TWO, blank);
  if (out.includes(" get ")) out = out.replace(PUZZLED, blank);
  if (out.includes("cares")) out = out.replace(INDIFFERENT, blank);
  if (out.includes("should say")) out = out.replace(EMPHATIC, blank);
  if (out.includes("no point") || out.includes("no need")) out = out.replace(PURCHASE_WAVED_OFF, blank);
  if (out.includes(" for ")) out = out.replace(RENAMED_FOR, blank);
  return out;
}
