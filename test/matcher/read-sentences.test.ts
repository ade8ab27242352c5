import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const rulesOf = (text: string): string[] => matcher.classify(text).evidence.map((item) => item.rule);

describe("reading a short aside that names no term", () => {
  it("reads it with the sentence before it when the message names both terms", () => {
    const text = "Microservices. Microsegmentation. One idea, two vendors' vocabularies.";
    expect(matcher.classify(text)).toMatchObject({ intent: "conflation", kind: "equivalence" });
    expect(rulesOf(text)).toContain("equivalence.one-concept");
  });

  it("leaves it alone when the message names only one term", () => {
    expect(matcher.classify("Microservices. One idea, two vendors' vocabularies.").intent).not.toBe(
      "conflation",
    );
  });

  it("does not let an aside turn an open question into a claim", () => {
    const text = "are microservices and microsegmentation one concept? one idea, two vocabularies, or not?";
    expect(matcher.classify(text).intent).toBe("question");
  });

  it("does not join a long sentence, which says more than a comment on the one before", () => {
    const text =
      "Microservices. Microsegmentation. One idea, two vendors' vocabularies, according to the slide deck that the sales engineer left behind after the workshop on Tuesday.";
    expect(rulesOf(text)).not.toContain("equivalence.one-concept");
  });
});
