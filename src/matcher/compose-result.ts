import type { ScorerJudgement } from "./conflation-scorer";
import type { RuleFinding, RuleVeto } from "./evaluate-rules";
import type { SentenceReading } from "./read-sentences";
import type { Evidence, MatchResult, QuestionTopic, TermOccurrence } from "./types";

/** The scorer's judgement when it found a conflation that no rule did, with its note from scorer.yml. */
export interface ScoredConflation {
  readonly judgement: ScorerJudgement;
  readonly note: string;
}

/** Turns what the sentences said into one verdict, with the evidence that decided it. */
export function composeResult(
  reading: SentenceReading,
  terms: readonly TermOccurrence[],
  scored?: ScoredConflation,
): MatchResult {
  const best = reading.findings.reduce<RuleFinding | undefined>(
    (top, finding) => (!top || finding.rule.confidence > top.rule.confidence ? finding : top),
    undefined,
  );
  if (best) {
    // A term recognised only as a typo is a little less certain.
    const fuzzy = terms.some((term) => term.via === "fuzzy");
    return {
      intent: "conflation",
      kind: best.rule.kind,
      ...(best.rule.misused ? { misusedTerm: best.rule.misused } : {}),
      confidence: round(best.rule.confidence * (fuzzy ? 0.95 : 1)),
      terms,
      evidence: reading.findings.map(toEvidence),
    };
  }
  const vetoEvidence = reading.vetoes.map(vetoToEvidence);
  if (scored) {
    const { judgement } = scored;
    return {
      intent: "conflation",
      kind: judgement.kind,
      ...(judgement.misusedTerm ? { misusedTerm: judgement.misusedTerm } : {}),
      // Never as sure as a rule that names the claim: the scorer only weighs words.
      confidence: round(Math.min(judgement.probability, 0.9) * 0.9),
      terms,
      evidence: [
        {
          rule: `scored.${judgement.kind}`,
          cues: [...judgement.cues],
          note: `${scored.note} (${round(judgement.probability)})`,
        },
        ...vetoEvidence,
      ],
    };
  }
  if (reading.topic) {
    const topic = reading.topic;
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
    confidence: reading.vetoes.length > 0 ? 0.75 : 0.85,
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
