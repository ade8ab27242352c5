import { realMatcher, SAMPLES } from "./support/real-matcher";

// The conversation tests lean on these verdicts; if the knowledge changes, this says which moved.
describe("the sample messages the conversation tests use", () => {
  it.each([
    ["equivalence", { intent: "conflation", kind: "equivalence" }],
    ["svcForSeg", { intent: "conflation", kind: "wrong_sense", misusedTerm: "microservices" }],
    ["segForSvc", { intent: "conflation", kind: "wrong_sense", misusedTerm: "microsegmentation" }],
    ["implication", { intent: "conflation", kind: "implication" }],
    ["definitionSvc", { intent: "question", topic: "definition" }],
    ["difference", { intent: "question", topic: "difference" }],
    ["otherQuestion", { intent: "question", topic: "other" }],
    ["mention", { intent: "mention" }],
    ["unrelated", { intent: "none" }],
  ] as const)("reads %s as expected", (name, expected) => {
    expect(realMatcher().classify(SAMPLES[name])).toMatchObject(expected);
  });
});
