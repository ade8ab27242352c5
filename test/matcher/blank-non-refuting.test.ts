import { blankNonRefutingCues } from "../../src/matcher/blank-non-refuting";
import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());

describe("blankNonRefutingCues", () => {
  it.each([
    "correct me if i'm wrong but SVC give us SEG",
    "correct me if im wrong , SEG needs SVC",
    "SVC and SEG are one thing , unless i am mistaken",
    "i might be wrong but SEG is SVC",
  ])("blanks the hedge in %j and keeps every offset", (text) => {
    const blanked = blankNonRefutingCues(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/wrong|mistaken/);
    for (const placeholder of ["SVC", "SEG"])
      expect(blanked.indexOf(placeholder)).toBe(text.indexOf(placeholder));
  });

  it.each(["you're wrong , SVC is not SEG", "that's wrong", "SVC and SEG ? wrong"])(
    "leaves %j alone: a verdict, not a hedge",
    (text) => {
      expect(blankNonRefutingCues(text)).toBe(text);
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

describe("a question that takes the claim for granted", () => {
  it("is not a refutation for its 'two separate'", () => {
    const text =
      "Given that microsegmentation and microservices are synonyms, why do we have two separate Jira projects?";
    expect(matcher.classify(text).intent).toBe("conflation");
    expect(blankNonRefutingCues("why do we have two separate projects ?")).not.toMatch(/two separate/);
  });

  it("leaves 'two separate' alone where it does refute", () => {
    expect(blankNonRefutingCues("SVC and SEG are two separate things")).toMatch(/two separate/);
    expect(matcher.classify("microservices and microsegmentation are two separate things").intent).not.toBe(
      "conflation",
    );
  });
});

describe("puzzlement", () => {
  it("is no refutation, while 'you don't get X automatically' still is", () => {
    expect(
      matcher.classify("µservices and µseg are one concept, i don't get why people fight about the naming")
        .intent,
    ).toBe("conflation");
    expect(
      matcher.classify("You don't get microseg automatically when you adopt microservices. ask me how I know")
        .intent,
    ).not.toBe("conflation");
  });
});

describe("indifference, emphasis, a wait waved off, a hedge and a rename's audience", () => {
  it.each([
    ["same meaning , nobody cares", "nobody cares"],
    ["don't overthink it : SEG is SVC", "don't"],
    ["if you remember one thing : SEG is a control , SVC is a design", "one thing"],
    ["i should say it plainly : SVC and SEG", "should say"],
    ["you can SEGV a monolith , no need to wait for the refactor", "no need"],
    ["SEG and SVC refer to the same pattern , but don't quote me", "quote me"],
    ["SEG is just SVC rebranded for the network people", "for the network"],
    ["each thing is its own SVCS , isn't it SEGV by definition ?", "isn't"],
  ])("blanks the cue in %j", (text, cue) => {
    const blanked = blankNonRefutingCues(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain(cue);
  });

  it.each([
    "you should say SEG , not SVC",
    "there is no point , SVC and SEG differ",
    "SEG is SVC for the network layer",
    "nobody agrees that SVC is SEG",
    "don't assume SEG is SVC",
    "SEG and SVC are one thing to me",
    "it isn't SEGV by definition .",
    "SVC isn't SEGV by default ?",
  ])("leaves %j alone: there the cue does its work", (text) => {
    expect(blankNonRefutingCues(text)).toBe(text);
  });

  it("lets the claims through that these words used to hide", () => {
    for (const text of [
      "In our team micro-services and micro-segmentation are used as one word basically, same meaning, nobody cares",
      "I should say it plainly: microservices and microsegmentation are one and the same architecture.",
      "honestly micro-seg is just microservices rebranded for the network people",
    ])
      expect([text, matcher.classify(text).intent]).toEqual([text, "conflation"]);
    // The analogy itself still reads as one.
    expect(matcher.classify("microseg is basically microservices for the network people").intent).not.toBe(
      "conflation",
    );
  });
});
