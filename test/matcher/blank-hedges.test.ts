import { blankHedges } from "../../src/matcher/blank-hedges";
import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());

describe("blankHedges", () => {
  it.each([
    "correct me if i'm wrong but SVC give us SEG",
    "correct me if im wrong , SEG needs SVC",
    "SVC and SEG are one thing , unless i am mistaken",
    "i might be wrong but SEG is SVC",
  ])("blanks the hedge in %j and keeps every offset", (text) => {
    const blanked = blankHedges(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/wrong|mistaken/);
    for (const placeholder of ["SVC", "SEG"])
      expect(blanked.indexOf(placeholder)).toBe(text.indexOf(placeholder));
  });

  it.each(["you're wrong , SVC is not SEG", "that's wrong", "SVC and SEG ? wrong"])(
    "leaves %j alone: a verdict, not a hedge",
    (text) => {
      expect(blankHedges(text)).toBe(text);
    },
  );
});

describe("a hedged claim", () => {
  it("is still a claim: hedging does not take it back", () => {
    const text =
      "correct me if I'm wrong but microsegmentation only makes sense after you've broken the app into microservices";
    expect(matcher.classify(text).intent).toBe("conflation");
    expect(matcher.classify(text.replace("correct me if I'm wrong but ", "")).intent).toBe("conflation");
  });

  it("is not made a claim when the hedged sentence refutes it", () => {
    const text = "correct me if I'm wrong, but microservices are not the same as microsegmentation";
    expect(matcher.classify(text).intent).not.toBe("conflation");
  });
});
