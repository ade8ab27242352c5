import type { ConflationKind, Matcher, MatchResult, Term } from "../../../src/matcher/types";

/**
 * A Matcher with verdicts decided by the test: the first rule whose pattern the text contains
 * wins, otherwise the text is "none". For tests that need a specific verdict regardless of how the
 * real matcher would read the wording.
 */
export function createFakeMatcher(rules: ReadonlyArray<readonly [string | RegExp, MatchResult]>): Matcher {
  return {
    classify(text: string): MatchResult {
      for (const [pattern, result] of rules) {
        if (typeof pattern === "string" ? text.includes(pattern) : pattern.test(text)) return result;
      }
      return NONE;
    },
  };
}

export const NONE: MatchResult = { intent: "none", confidence: 0.99, terms: [], evidence: [] };

function occurrence(term: Term) {
  return { term, text: term, start: 0, end: term.length, via: "variant" as const };
}

export function conflation(kind: ConflationKind, misusedTerm?: Term): MatchResult {
  return {
    intent: "conflation",
    kind,
    ...(misusedTerm === undefined ? {} : { misusedTerm }),
    confidence: 0.93,
    terms: [occurrence("microservices"), occurrence("microsegmentation")],
    evidence: [
      { rule: `fake.${kind}`, cues: ["same thing"], note: `The two terms are linked as ${kind}.` },
      { rule: "fake.second", cues: ["aka"], note: "A second cue." },
    ],
  };
}
