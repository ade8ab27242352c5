import { allMatches } from "./all-matches";
import type { CompiledRule } from "./compile-rules";
import type { SentenceScan } from "./sentence-scan";

/** Why a rule that matched does not count: a gate that closed on it. */
export type GateName = "negation" | "refutation" | "report" | "analogy" | "question" | "forbids" | "requires";

export interface SentenceShape {
  readonly isQuestion: boolean;
  readonly presupposes: boolean;
}

// A reporting cue may run into the claim itself ("asked if our microservices were ...").
const REPORT_OVERLAP = 8;

/** The first gate that holds a match of `rule` at [start, start + length) back, if any. */
export function firstClosedGate(
  rule: CompiledRule,
  scan: SentenceScan,
  shape: SentenceShape,
  start: number,
  length: number,
): GateName | undefined {
  const { gates } = scan;
  const unmet = unmetCondition(rule, scan, start, length);
  if (unmet) return unmet.gate;
  if (scan.refutation() !== null) return "refutation";
  if (rule.allowNegation && rule.requires.some((condition) => cueIsNegated(condition, scan)))
    return "negation";
  // Each window below is a stretch of the sentence, so the sentence's prefilter answers for it too.
  if (
    !rule.allowNegation &&
    scan.mayContain("negation") &&
    gates.negation.test(negationWindowFor(rule, scan, start, start + length))
  )
    return "negation";
  if (!rule.allowReport && (isReported(scan, start) || isQuoted(scan, start, start + length)))
    return "report";
  if (rule.kind === "equivalence" && scan.mayContain("analogy") && gates.analogy.test(scan.gateText))
    return "analogy";
  // Asking about a claim is not making it; but a word used in the wrong sense is misused in a question too.
  const claims = rule.kind !== "wrong_sense";
  if (claims && shape.isQuestion && !shape.presupposes && !rule.allowQuestion) return "question";
  return undefined;
}

/** A forbids or requires condition of the rule that rules a match at [start, start + length) out. */
export interface UnmetCondition {
  readonly gate: "forbids" | "requires";
  /** As written in patterns.yml, or "cue_within" when the cues are all too far from the match. */
  readonly condition: string;
}

export function unmetCondition(
  rule: CompiledRule,
  scan: SentenceScan,
  start: number,
  length: number,
): UnmetCondition | undefined {
  for (const condition of rule.forbids) if (scan.holds(condition)) return { gate: "forbids", condition };
  for (const condition of rule.requires) if (!scan.holds(condition)) return { gate: "requires", condition };
  if (rule.cueWithin !== undefined && !cuesNearby(rule, scan, start, start + length))
    return { gate: "requires", condition: "cue_within" };
  return undefined;
}

/** The cues of a plain lexicon condition in the sentence, or undefined for a condition of another kind. */
function cuesOf(condition: string, scan: SentenceScan): RegExpExecArray[] | undefined {
  const lexicon = scan.gates.lexiconAll(condition);
  if (!lexicon) return undefined;
  return scan.mayContain(condition) ? allMatches(lexicon, scan.gateText) : [];
}

/**
 * A reporting cue before the claim makes it somebody else's, unless the author then takes it up:
 * speaks it in their own voice after the last cue ("they asked whether ..., I told them ...") or
 * agrees with it ("my architect keeps claiming ..., and I agree with him").
 */
function isReported(scan: SentenceScan, start: number): boolean {
  const { text, gates } = scan;
  const before = text.slice(0, start + REPORT_OVERLAP);
  if (!scan.mayContain("report") || !gates.report.test(before)) return false;
  const lastReport = lastCue("report", before, scan);
  const lastOwnWord = lastCue("own_word", before, scan);
  if (
    lastReport &&
    lastOwnWord &&
    lastOwnWord.index + lastOwnWord[0].length >= lastReport.index + lastReport[0].length
  )
    return false;
  return !(lastReport && isEndorsed(text.slice(lastReport.index + lastReport[0].length), scan));
}

function lastCue(group: string, text: string, scan: SentenceScan): RegExpExecArray | undefined {
  const lexicon = scan.gates.lexiconAll(group);
  if (!lexicon || !scan.mayContain(group)) return undefined;
  return allMatches(lexicon, text).at(-1);
}

function isEndorsed(text: string, scan: SentenceScan): boolean {
  const lexicon = scan.gates.lexiconAll("endorsement");
  if (!lexicon || !scan.mayContain("endorsement")) return false;
  return allMatches(lexicon, text).some((cue) => !isNegatedAt(text, cue.index));
}

/**
 * Inside double quotes, the author is citing somebody, not asserting; a match that runs into or out
 * of a quote links the author's words to somebody else's ("the pentest recommends microsegmentation
 * and the team replies \"we're already on microservices\"").
 */
function isQuoted(scan: SentenceScan, start: number, end: number): boolean {
  const { text } = scan;
  const marks = citationMarks(text, start, end);
  let before = 0;
  let inside = 0;
  let opening = -1;
  for (const at of marks) {
    if (at >= end) break;
    if (at < start) {
      before++;
      opening = at;
    } else {
      inside++;
    }
  }
  if (inside % 2 === 1) return true;
  return before % 2 === 1 && marks.some((at) => at >= end) && !isOwnText(text.slice(0, opening), scan);
}

/**
 * The double quotes that cite somebody. Quotes around a word or two name the words ("treat
 * \"microservices\" and \"microsegmentation\" as one term"): a match that runs through such a pair is
 * the author's own sentence about the words. A match wholly inside such a pair is still a quoted word.
 */
function citationMarks(text: string, start: number, end: number): number[] {
  const marks: number[] = [];
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) marks.push(at);
  const kept: number[] = [];
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k] ?? 0;
    const close = marks[k + 1];
    const namesWords = close !== undefined && wordCount(text, open + 1, close) < 3;
    if (namesWords && !(open < start && end <= close)) continue;
    kept.push(open);
    if (close !== undefined) kept.push(close);
  }
  return kept;
}

function wordCount(text: string, from: number, to: number): number {
  return text
    .slice(from, to)
    .split(" ")
    .filter((word) => /[a-zA-Z0-9]/.test(word)).length;
}

/**
 * The author's own words in quotes: a draft, a CV line, an answer they wrote ("my cv line : '...'",
 * "tender response draft : '...'", "i wrote '...'"). Checked on the text just before the opening quote.
 */
const OWN_DRAFT =
  /(?:\b(?:my|our) (?:[a-z-]+ ){0,2}(?:draft|cv|cv line|resume|résumé|answer|reply|response|copy|wording|line|title|tagline|abstract|slide|headline|proposal|text|bio|summary|description|opener)|\bdraft(?: [a-z-]+){0,2}|\b(?:i|we) (?:wrote|drafted|put|suggest|propose|went with|'d write|'ll write|will write|'m writing|am writing|'re writing|are writing)(?: (?:in|on|into) (?:the |my |our )?[a-z-]+)?|\bcopy review|\bour answer) :? $/;

// A sentence that opens with a label and a colon before the quote: "slide 4 title : ", "release notes v4 . 2 : ".
const LABEL_BEFORE_QUOTE = /^([^":]{1,100}(?: : [^":]{1,60})?) : $/;
// "the vendor's deck : ", "the intern's draft : ": a text somebody else wrote.
const SOMEBODY_ELSES = /\b(?!(?:it|that|let|what|there|here|who|he|she|where)'s\b)[a-z]+'s\b/;

/**
 * Whether the quote that follows `before` holds the author's own words: they say they wrote them,
 * or the sentence opens with a label naming a text of theirs ("draft for the board deck : '...'",
 * "slide 4 title : '...'") and naming nobody else ("the vendor deck : '...'", "the auditor's note :").
 */
function isOwnText(before: string, scan: SentenceScan): boolean {
  if (OWN_DRAFT.test(before.slice(-80))) return true;
  const label = LABEL_BEFORE_QUOTE.exec(before)?.[1];
  if (label === undefined || SOMEBODY_ELSES.test(label)) return false;
  const { gates } = scan;
  const has = (group: string): boolean =>
    scan.mayContain(group) && gates.lexicon(group)?.test(label) === true;
  return has("own_text") && !has("others_text") && !has("report");
}

const NEGATED_BEFORE =
  /(?:^|[^a-z])(?:not|isn't|isnt|aren't|arent|doesn't|doesnt|don't|dont|never|no longer|hardly)(?: [a-z]+)? ?$/;

/**
 * For rules whose own cue may carry a negation ("can't be microsegmented"), a negation right before
 * the cue still denies it: "is not another word for", "doesn't exempt".
 */
function cueIsNegated(condition: string, scan: SentenceScan): boolean {
  if (condition.includes(":") || condition.endsWith("_term") || condition.endsWith("_message")) return false;
  const cues = cuesOf(condition, scan);
  if (!cues) return false;
  return cues.some((match) => isNegatedAt(scan.gateText, match.index));
}

/** A negation just before `index`: "not", "isn't", "never" and the like, with at most one word between. */
function isNegatedAt(text: string, index: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}

function negationWindowFor(rule: CompiledRule, scan: SentenceScan, start: number, end: number): string {
  const { gateText: text, gates } = scan;
  if (rule.negationScope === "sentence") return text;
  let from = start;
  let to = end;
  if (rule.negationScope === "claim") {
    for (const condition of rule.requires) {
      const cue = scan.mayContain(condition) ? gates.lexicon(condition)?.exec(text) : undefined;
      if (!cue) continue;
      from = Math.min(from, cue.index);
      to = Math.max(to, cue.index + cue[0].length);
    }
  }
  return text.slice(Math.max(0, from - 24), to);
}

/** Every plain lexicon the rule requires has a cue within `cueWithin` characters of the match. */
function cuesNearby(rule: CompiledRule, scan: SentenceScan, start: number, end: number): boolean {
  const reach = rule.cueWithin ?? 0;
  return rule.requires.every((condition) => {
    const cues = cuesOf(condition, scan);
    if (!cues) return true;
    for (const cue of cues) {
      if (cue.index >= start - reach && cue.index <= end + reach) return true;
    }
    return false;
  });
}
