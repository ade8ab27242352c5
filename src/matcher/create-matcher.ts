import type { Knowledge } from "../knowledge/load-knowledge";
import { loadKnowledge } from "../knowledge/load-knowledge";
import { compileRules } from "./compile-rules";
import { detectTopic } from "./detect-topic";
import { describeShape, evaluateRules, type RuleFinding, type RuleVeto } from "./evaluate-rules";
import { foldText } from "./fold-text";
import { markQuotations } from "./mark-quotations";
import { maskMarkup } from "./mask-markup";
import { mayHoldTerm } from "./prefilter";
import { describeMessage, joinSentences, type PreparedSentence, prepareSentence } from "./prepare-sentence";
import { createSentenceGates } from "./sentence-gates";
import { splitSentences } from "./split-sentences";
import { createTermSpotter } from "./spot-terms";
import type { Evidence, Matcher, MatchResult, QuestionTopic, TermOccurrence } from "./types";

/** A short reply that disowns the sentence before it ("X is Y. not.", "... lol no"). */
const DISOWNING_FOLLOW_UP =
  /^(?:no|nope|nah|not really|not true|wrong|false|lol no|lmao no|which is wrong|which it isn't|which it is not|they're not|they are not|they aren't|it's not|it isn't|(?:that's|thats) (?:wrong|not true|not right|a myth)|(?:they're|they are) (?:not the same|different))[^a-z]*$/u;

const NOTHING: MatchResult = { intent: "none", confidence: 0.99, terms: [], evidence: [] };

/** Builds the matcher from the knowledge under intents/ (or the given knowledge). */
export function createMatcher(knowledge: Knowledge = loadKnowledge()): Matcher {
  const spotter = createTermSpotter(knowledge);
  const rules = compileRules(knowledge);
  const gates = createSentenceGates(knowledge);

  return {
    classify(text: string): MatchResult {
      if (!mayHoldTerm(text)) return NOTHING;
      const raw = foldText(maskMarkup(text));
      const folded = { text: markQuotations(raw.text), origin: raw.origin };
      // A closing "/s" marks the whole message as sarcasm: nothing in it is a sincere claim.
      const sarcastic = /(?:^|\s)\/s\s*$/.test(folded.text);
      const spotted = spotter.spot(folded, text);
      if (spotted.length === 0) return { ...NOTHING, confidence: 0.95 };
      const terms: TermOccurrence[] = spotted.map((term) => term.occurrence);
      const hasBoth = new Set(terms.map((term) => term.term)).size === 2;
      const message = describeMessage(folded.text, spotted);
      const sentences = splitSentences(folded.text).map((span) =>
        prepareSentence(folded.text, span, spotted, message),
      );

      const findings: RuleFinding[] = [];
      const vetoes: RuleVeto[] = [];
      let topic: QuestionTopic | undefined;
      sentences.forEach((sentence, index) => {
        if (sentence.terms.length === 0) return;
        const shape = describeShape(sentence.text, gates);
        const verdict = evaluateRules(sentence, shape, rules, gates);
        const next = sentences[index + 1];
        if (next && verdict.findings.length === 0 && spansBothTerms(sentence, next)) {
          const joined = evaluateRules(
            joinSentences(sentence, next),
            describeShape(next.text, gates),
            rules,
            gates,
          );
          verdict.findings.push(...joined.findings);
          verdict.vetoes.push(...joined.vetoes);
        }
        if (verdict.findings.length > 0 && (sarcastic || (next && isDisowning(next)))) {
          for (const finding of verdict.findings)
            vetoes.push({ rule: finding.rule, gate: "report", cue: next?.text.trim() ?? "/s" });
        } else {
          findings.push(...verdict.findings);
        }
        vetoes.push(...verdict.vetoes);
        if (shape.isQuestion) topic = strongerTopic(topic, detectTopic(sentence, hasBoth, gates));
      });

      const best = findings.reduce<RuleFinding | undefined>(
        (top, finding) => (!top || finding.rule.confidence > top.rule.confidence ? finding : top),
        undefined,
      );
      if (best) {
        const fuzzy = terms.some((term) => term.via === "fuzzy");
        return {
          intent: "conflation",
          kind: best.rule.kind,
          ...(best.rule.misused ? { misusedTerm: best.rule.misused } : {}),
          confidence: round(best.rule.confidence * (fuzzy ? 0.95 : 1)),
          terms,
          evidence: findings.map(toEvidence),
        };
      }
      const vetoEvidence = vetoes.map(vetoToEvidence);
      if (topic) {
        return {
          intent: "question",
          topic,
          confidence: topic === "other" ? 0.7 : 0.8,
          terms,
          evidence: [{ rule: `question.${topic}`, cues: [], note: questionNote(topic) }, ...vetoEvidence],
        };
      }
      return {
        intent: "mention",
        confidence: vetoes.length > 0 ? 0.75 : 0.85,
        terms,
        evidence: [
          {
            rule: "mention.term",
            cues: terms.map((term) => term.text),
            note: "mentions a term without mixing them up",
          },
          ...vetoEvidence,
        ],
      };
    },
  };
}

/** Neither sentence names both terms, but together they do. */
function spansBothTerms(first: PreparedSentence, second: PreparedSentence): boolean {
  if (second.terms.length === 0) return false;
  const alone = (s: PreparedSentence): boolean => s.hasServices && s.hasSegmentation;
  if (alone(first) || alone(second)) return false;
  return (first.hasServices || second.hasServices) && (first.hasSegmentation || second.hasSegmentation);
}

function isDisowning(sentence: PreparedSentence): boolean {
  const text = sentence.text.trim();
  return text.split(" ").length <= 8 && DISOWNING_FOLLOW_UP.test(text);
}

const TOPIC_RANK: Readonly<Record<QuestionTopic, number>> = { difference: 3, definition: 2, other: 1 };

function strongerTopic(current: QuestionTopic | undefined, candidate: QuestionTopic): QuestionTopic {
  return current && TOPIC_RANK[current] >= TOPIC_RANK[candidate] ? current : candidate;
}

function toEvidence(finding: RuleFinding): Evidence {
  return { rule: finding.rule.id, cues: [finding.cue], note: finding.rule.note };
}

function vetoToEvidence(veto: RuleVeto): Evidence {
  return {
    rule: `gate.${veto.gate}`,
    cues: [veto.cue],
    note: `${veto.rule.id} matched but was held back (${veto.gate})`,
  };
}

function questionNote(topic: QuestionTopic): string {
  switch (topic) {
    case "definition":
      return "asks what a term means";
    case "difference":
      return "asks how the two differ or relate";
    case "other":
      return "asks something that merely mentions a term";
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
