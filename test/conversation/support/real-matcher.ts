import { createMatcher } from "../../../src/matcher/create-matcher";
import type { Matcher } from "../../../src/matcher/types";

let shared: Matcher | undefined;

/** The real matcher on the shipped intents/, built once per test file (it takes a moment). */
export function realMatcher(): Matcher {
  shared ??= createMatcher();
  return shared;
}

/** Messages the real matcher reads unambiguously; sample-messages.test.ts pins each verdict. */
export const SAMPLES = {
  equivalence: "microservices and microsegmentation are the same thing",
  svcForSeg: "put microservices on the firewall to stop lateral movement",
  segForSvc: "we need to break up the monolith with microsegmentation, the rails app is 400k lines",
  implication: "microsegmentation needs microservices first",
  definitionSvc: "what's a microservice exactly",
  difference: "what's the difference between microservices and microsegmentation?",
  otherQuestion: "which language should our next microservice use?",
  mention: "the recommendations microservice is throwing 500s again",
  unrelated: "lunch at noon?",
} as const;
