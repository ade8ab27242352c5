import type { CompiledRule } from "./compile-rules";
import { type PreparedSentence, renderSpan } from "./prepare-sentence";
import type { SentenceGates } from "./sentence-gates";

/** A conflation rule that matched and passed every gate. */
export interface RuleFinding {
  readonly rule: CompiledRule;
  readonly cue: string;
}

/** A conflation rule that matched but was held back, and by which gate. */
export interface RuleVeto {
  readonly rule: CompiledRule;
  readonly gate: "negation" | "refutation" | "report" | "analogy" | "question" | "forbids" | "requires";
  readonly cue: string;
}

/**
 * One particular service: "the DNS filtering microservice", "a small microservice", "runs as a
 * microservice". Such a service may well do security work; that is no misuse of the word.
 */
const NAMED_SERVICE =
  /(?:\b(?!(?:a|an|the|our|your|their|this|that|each|every|one|per|no|any|some|more|firewall|security|network|acl|vlan|switch|router|nsx|to|in|on|at|of|for|from|with|add|added|adding|need|needs|put|enable|configure|install|is|are|was|were|and|or|host-based|agent-based|network-based)\b)[a-z0-9][a-z0-9-]* SVCS\b)|\b(?:as|into|is|be|being|was|becomes?|its own|their own|write|wrote|written|build|built) (?:an? |its own |their own |our own )?SVCS\b/;

export interface SentenceShape {
  readonly isQuestion: boolean;
  readonly presupposes: boolean;
}

export function describeShape(text: string, gates: SentenceGates): SentenceShape {
  const trimmed = text.trim();
  const isQuestion = trimmed.includes("?") || gates.questionLead.test(trimmed);
  const presupposes = isQuestion && (gates.presupposingTag.test(trimmed) || gates.presumption.test(trimmed));
  return { isQuestion, presupposes };
}

export function evaluateRules(
  sentence: PreparedSentence,
  shape: SentenceShape,
  rules: readonly CompiledRule[],
  gates: SentenceGates,
): { findings: RuleFinding[]; vetoes: RuleVeto[] } {
  const findings: RuleFinding[] = [];
  const vetoes: RuleVeto[] = [];
  const text = sentence.text;
  const refuted = gates.refutation.exec(text);
  const present = gates.index.groupsIn(text);
  for (const rule of rules) {
    if (!isWorthTrying(rule, sentence, present)) continue;
    for (const regex of rule.regexes) {
      const match = regex.exec(text);
      if (!match) continue;
      const cue = renderSpan(sentence, match.index, match.index + match[0].length);
      const gate = firstClosedGate(
        rule,
        sentence,
        shape,
        gates,
        match.index,
        match[0].length,
        refuted !== null,
      );
      // forbids/requires say the rule does not apply here at all: that is no evidence worth showing.
      if (gate === "forbids" || gate === "requires") break;
      if (gate) vetoes.push({ rule, gate, cue: gate === "refutation" && refuted ? refuted[0] : cue });
      else findings.push({ rule, cue });
      break;
    }
  }
  return { findings, vetoes };
}

// A reporting cue may run into the claim itself ("asked if our microservices were ...").
const REPORT_OVERLAP = 8;

/** The terms and cue groups every match needs are there; otherwise the pattern cannot match. */
function isWorthTrying(
  rule: CompiledRule,
  sentence: PreparedSentence,
  present: ReadonlySet<string>,
): boolean {
  if (rule.needs.services && !sentence.hasServices) return false;
  if (rule.needs.segmentation && !sentence.hasSegmentation) return false;
  if (!rule.cueGroups.every((group) => present.has(group))) return false;
  // Sentence-level vetoes are as cheap here as they are after a match, and they save the match.
  return !rule.forbids.some(
    (condition) => present.has(condition) || builtInHolds(condition, sentence) === true,
  );
}

function builtInHolds(condition: string, sentence: PreparedSentence): boolean | undefined {
  if (condition === "svc_term") return sentence.hasServices;
  if (condition === "seg_term") return sentence.hasSegmentation;
  if (condition === "svc_in_message") return sentence.message.hasServices;
  if (condition === "seg_in_message") return sentence.message.hasSegmentation;
  if (condition === "named_service") return NAMED_SERVICE.test(sentence.text);
  return undefined;
}

function firstClosedGate(
  rule: CompiledRule,
  sentence: PreparedSentence,
  shape: SentenceShape,
  gates: SentenceGates,
  start: number,
  length: number,
  refuted: boolean,
): RuleVeto["gate"] | undefined {
  const text = sentence.text;
  for (const condition of rule.forbids) if (holds(condition, sentence, gates)) return "forbids";
  for (const condition of rule.requires) if (!holds(condition, sentence, gates)) return "requires";
  if (rule.cueWithin !== undefined && !cuesNearby(rule, text, start, start + length, gates))
    return "requires";
  if (refuted) return "refutation";
  if (rule.allowNegation && rule.requires.some((condition) => cueIsNegated(condition, text, gates)))
    return "negation";
  const negationWindow = negationWindowFor(rule, text, start, start + length, gates);
  if (!rule.allowNegation && gates.negation.test(negationWindow)) return "negation";
  if (
    !rule.allowReport &&
    (gates.report.test(text.slice(0, start + REPORT_OVERLAP)) || isQuoted(text, start, start + length))
  ) {
    return "report";
  }
  if (rule.kind === "equivalence" && gates.analogy.test(text)) return "analogy";
  // Asking about a claim is not making it; but a word used in the wrong sense is misused in a question too.
  const claims = rule.kind !== "wrong_sense";
  if (claims && shape.isQuestion && !shape.presupposes && !rule.allowQuestion) return "question";
  return undefined;
}

function holds(condition: string, sentence: PreparedSentence, gates: SentenceGates): boolean {
  // "more:A>B": the sentence has more distinct cues of group A than of group B (either may be "message:").
  // "atleast:N:A": at least N distinct cues of group A (either may be "message:").
  if (condition.startsWith("atleast:")) {
    const [, count, group] = condition.split(/:(\d+):/);
    return countCues(group ?? "", sentence, gates) >= Number(count);
  }
  if (condition.startsWith("more:")) {
    const [first, second] = condition.slice(5).split(">");
    return countCues(first ?? "", sentence, gates) > countCues(second ?? "", sentence, gates);
  }
  const builtIn = builtInHolds(condition, sentence);
  if (builtIn !== undefined) return builtIn;
  // "message:<group>" looks at the whole message, for rules that must stand down on any hint elsewhere.
  if (condition.startsWith("message:")) {
    // Cached per message: a long message would otherwise be rescanned once per sentence.
    const verdicts = sentence.message.verdicts;
    const known = verdicts.get(condition);
    if (known !== undefined) return known;
    const verdict = gates.lexicon(condition.slice(8))?.test(sentence.message.text) ?? false;
    verdicts.set(condition, verdict);
    return verdict;
  }
  return gates.lexicon(condition)?.test(sentence.text) ?? false;
}

function countCues(group: string, sentence: PreparedSentence, gates: SentenceGates): number {
  const whole = group.startsWith("message:");
  const lexicon = gates.lexiconAll(whole ? group.slice(8) : group);
  if (!lexicon) return 0;
  const text = whole ? sentence.message.text : sentence.text;
  return new Set([...text.matchAll(lexicon)].map((match) => match[0])).size;
}

/** Inside double quotes: the author is citing somebody, not asserting. */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).split('"').length - 1;
  const after = text.slice(end).split('"').length - 1;
  return before % 2 === 1 && after >= 1;
}

/**
 * For rules whose own cue may carry a negation ("can't be microsegmented"), a negation right before
 * the cue still denies it: "is not another word for", "doesn't exempt".
 */
function cueIsNegated(condition: string, text: string, gates: SentenceGates): boolean {
  if (condition.includes(":") || condition.endsWith("_term") || condition.endsWith("_message")) return false;
  const cue = gates.lexiconAll(condition);
  if (!cue) return false;
  for (const match of text.matchAll(cue)) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (
      /(?:^|[^a-z])(?:not|isn't|isnt|aren't|arent|doesn't|doesnt|don't|dont|never|no longer|hardly)(?: [a-z]+)? ?$/.test(
        before,
      )
    ) {
      return true;
    }
  }
  return false;
}

function negationWindowFor(
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
  gates: SentenceGates,
): string {
  if (rule.negationScope === "sentence") return text;
  let from = start;
  let to = end;
  if (rule.negationScope === "claim") {
    for (const condition of rule.requires) {
      const cue = gates.lexicon(condition)?.exec(text);
      if (!cue) continue;
      from = Math.min(from, cue.index);
      to = Math.max(to, cue.index + cue[0].length);
    }
  }
  return text.slice(Math.max(0, from - 24), to);
}

/** Every plain lexicon the rule requires has a cue within `cueWithin` characters of the match. */
function cuesNearby(
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
  gates: SentenceGates,
): boolean {
  const reach = rule.cueWithin ?? 0;
  return rule.requires.every((condition) => {
    const lexicon = gates.lexiconAll(condition);
    if (!lexicon) return true;
    for (const cue of text.matchAll(lexicon)) {
      if (cue.index >= start - reach && cue.index <= end + reach) return true;
    }
    return false;
  });
}
