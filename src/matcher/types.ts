import type { RuleTracer } from "./evaluate-rules";

/** The two terms microsense cares about. */
export type Term = "microservices" | "microsegmentation";

export type Intent = "conflation" | "question" | "mention" | "none";

/** How a conflation mixes the two terms up. */
export type ConflationKind = "equivalence" | "wrong_sense" | "implication";

/** What a question is about: the meaning of one term, how the two relate, or anything else. */
export type QuestionTopic = "definition" | "difference" | "other";

/** One place in the original message where a term was found. Offsets index the original text. */
export interface TermOccurrence {
  readonly term: Term;
  /** The text exactly as the author wrote it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** How the term was recognised: a listed variant, or a fuzzy match of a typo. */
  readonly via: "variant" | "fuzzy";
}

/** One reason behind a verdict: a stable rule id and the words that triggered it. */
export interface Evidence {
  readonly rule: string;
  readonly cues: readonly string[];
  /** A one-line explanation a person can read. */
  readonly note: string;
}

export interface MatchResult {
  readonly intent: Intent;
  /** Set only when intent is "conflation". */
  readonly kind?: ConflationKind;
  /** Set only when intent is "question". */
  readonly topic?: QuestionTopic;
  /** For a wrong_sense conflation: the term that was used in the other one's sense. */
  readonly misusedTerm?: Term;
  readonly confidence: number;
  readonly terms: readonly TermOccurrence[];
  readonly evidence: readonly Evidence[];
}

export interface Matcher {
  /** `tracer` watches every sentence and every rule that matched, for people tuning intents/. */
  classify(text: string, tracer?: RuleTracer): MatchResult;
}
