import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const intentOf = (text: string): string => matcher.classify(text).intent;

describe("questions and the claims they carry", () => {
  it("keeps an open question a question", () => {
    expect(intentOf("are microservices and microsegmentation one concept?")).toBe("question");
    expect(
      intentOf("what's the point of microsegmentation for our microservices if the mesh already does mTLS?"),
    ).toBe("question");
  });

  it("reads a rhetorical question that takes the mix-up for granted as a claim", () => {
    expect(
      intentOf(
        "what's the point of having both microservices and microsegmentation in the glossary if they define one concept?",
      ),
    ).toBe("conflation");
    expect(intentOf("when did microservices start going by microsegmentation?")).toBe("conflation");
    expect(
      intentOf(
        "do we really need microsegmentation now that we have microservices? the boundaries are already there",
      ),
    ).toBe("conflation");
    expect(
      intentOf(
        "how did we end up with two channels for microservices and microsegmentation when it's one topic?",
      ),
    ).toBe("conflation");
  });
});
