/**
 * Words the gates take for a negation, a refutation or an analogy that, in some phrases, are none:
 * a hedge ("correct me if I'm wrong but ...", "don't quote me"), which does not take a claim back; a
 * question that takes the claim for granted ("given they're synonyms, why do we have two separate
 * budgets?"); puzzlement ("I don't get why ..."); indifference ("same meaning, nobody cares", "don't
 * overthink it"); emphasis ("I should say it plainly: ..."); traffic that is blocked ("an attacker
 * can't reach the others"); a wait waved off ("no need to wait for the refactor"); the "is to" of
 * "to microsegment is to go microservices"; the "one thing" of "if you remember one thing: ...";
 * the audience of a rename ("just microservices rebranded for the network people"); and the "isn't"
 * of a question that asks for agreement ("isn't it microsegmented by definition?").
 * Gates read the sentence with those words blanked (same length, so offsets still line up); the
 * rules' expressions read it as written.
 */
const HEDGE =
  /\b(?:(?:correct me|tell me|unless|maybe|if|even if) (?:if )?(?:i(?:'?m| am) )?(?:not )?(?:wrong|mistaken)|i (?:might|could|may) be (?:wrong|mistaken)|(?:don'?t|do not) quote me)\b/g;
// Only the "two separate" of a "why ... two separate ...?" or "reads like two separate ...".
// The lookbehinds follow a lookahead for "two ", so they only run where it stands.
const LOADED_TWO =
  /(?=\btwo )(?:(?<=\bwhy (?:do|does|did|are|is|would|should) [^.?!;]{0,60})|(?<=\b(?:reads|looks|sounds) like ))two (?:separate|different)\b/g;

// "I don't get why the auditors want both listed": puzzlement, not "you don't get microsegmentation".
const PUZZLED = /\b(?:don'?t|do not) get(?= (?:why|how|what|to)\b)/g;

const INDIFFERENT =
  /\b(?:nobody|no one|noone|who) (?:really )?cares\b|\b(?:don'?t|do not) (?=(?:overthink|worry|panic|stress)\b)/g;
// Traffic that cannot get through describes isolation; it takes nothing back.
const BLOCKED_TRAFFIC =
  /\b(?:can'?t|cannot|can not|couldn'?t|won'?t) (?=(?:reach|talk to|connect to|get to|hit|access)\b)/g;
// "to microsegment is to go microservices" equates two doings; an analogy's "is to" needs a "what".
const DOING_IS_DOING = /(?=is to\b)(?<=\bto (?:SEG|SVC)[A-Z]* )is to\b/g;
// "if you remember one thing: ..." announces a lesson; its "one thing" equates nothing.
const ONE_LESSON =
  /(?=one thing\b)(?<=\b(?:remember|know|take away|learn|keep in mind) )one thing\b|\bone thing(?= to (?:remember|know|take away|keep in mind)\b)/g;
const EMPHATIC =
  /\bshould say(?= (?:it|this|that) (?:plainly|clearly|bluntly|outright|out loud|loudly|once and for all)\b)/g;
const WAIT_WAVED_OFF = /\bno (?:point|need)(?= to wait\b| waiting\b)/g;
// Only the "for": the rename word itself is a cue the rules and the sameness group read.
const RENAMED_FOR =
  /(?=for\b)(?<=\b(?:re-?brand(?:ed|ing)?|renam(?:ed|ing)|relabell?(?:ed|ing)|rebadg(?:ed|ing)|repackag(?:ed|ing)|remarket(?:ed|ing)) (?:it |them |that |this )?(?:just )?)for\b/g;

// "isn't it microsegmented by definition?" asks for agreement with the claim; the "isn't" denies nothing.
const LEADING_NEGATIVE =
  /\b(?:isn'?t|aren'?t|doesn'?t|wouldn'?t|won'?t)(?= (?:it|that|this|everything|they|we) (?:[a-z']+ ){0,3}(?:SEG|SVC)[A-Z]* (?:[a-z']+ ){0,2}(?:by definition|by default|by design|automatically|already|basically|then|anyway)\b[^?]{0,20}\?)/g;

const blank = (words: string): string => " ".repeat(words.length);

export function blankNonRefutingCues(text: string): string {
  let out = text;
  if (out.includes("wrong") || out.includes("mistaken") || out.includes("quote me"))
    out = out.replace(HEDGE, blank);
  if (out.includes("two ")) out = out.replace(LOADED_TWO, blank);
  if (out.includes(" get ")) out = out.replace(PUZZLED, blank);
  if (/cares|overthink|worry|panic|stress/.test(out)) out = out.replace(INDIFFERENT, blank);
  if (out.includes("should say")) out = out.replace(EMPHATIC, blank);
  if (out.includes(" is to ")) out = out.replace(DOING_IS_DOING, blank);
  if (out.includes("one thing")) out = out.replace(ONE_LESSON, blank);
  if (/n'?t (?:reach|talk|connect|get to|hit|access)|can not/.test(out))
    out = out.replace(BLOCKED_TRAFFIC, blank);
  if (out.includes("no point") || out.includes("no need")) out = out.replace(WAIT_WAVED_OFF, blank);
  if (out.includes(" for ")) out = out.replace(RENAMED_FOR, blank);
  if (out.includes("?") && /n'?t (?:it|that|this|everything|they|we) /.test(out))
    out = out.replace(LEADING_NEGATIVE, blank);
  return out;
}
