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

describe("reading a sentence with the one after next", () => {
  it("reads across a short aside when only the two sentences around it name both terms", () => {
    const text =
      "The security roadmap has a line called microsegmentation. I looked into it. It's microservices.";
    expect(matcher.classify(text)).toMatchObject({ intent: "conflation", kind: "equivalence" });
    expect(rulesOf(text)).toContain("equivalence.verdict-after-a-pause");
  });

  it("does not read across a sentence that says more than an aside", () => {
    const text =
      "The security roadmap has a line called microsegmentation. I looked into it with the network team over two long afternoons and a whiteboard full of diagrams. It's microservices.";
    expect(rulesOf(text)).not.toContain("equivalence.verdict-after-a-pause");
  });
});

describe("a reply that takes a claim back", () => {
  it("takes back a claim read across sentences when the sentence after all of them disowns it", () => {
    const claim =
      "The security roadmap has a line called microsegmentation. I looked into it. It's microservices.";
    expect(matcher.classify(claim).intent).toBe("conflation");
    expect(matcher.classify(`${claim} Turns out no, the line is the Illumio rollout.`).intent).not.toBe(
      "conflation",
    );
  });

  it("takes back a claim followed by 'turns out no', but not by 'turns out' and anything at all", () => {
    const claim = "Going microservices gave us microsegmentation automatically.";
    expect(matcher.classify(`${claim} Turns out no, they're separate jobs.`).intent).not.toBe("conflation");
    expect(matcher.classify(`${claim} Turns out not everyone on the team knew.`).intent).toBe("conflation");
    expect(matcher.classify(`${claim} Turns out no one on the team noticed.`).intent).toBe("conflation");
  });
});
