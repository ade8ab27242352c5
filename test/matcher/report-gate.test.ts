import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const intentOf = (text: string): string => matcher.classify(text).intent;

describe("reported claims", () => {
  it("leaves somebody else's confusion alone", () => {
    expect(intentOf("my manager keeps saying microservices is just microsegmentation")).toBe("mention");
    expect(intentOf("my architect keeps claiming microseg and microservices are identical")).toBe("mention");
  });

  it("counts a reported claim the author agrees with as the author's", () => {
    expect(
      intentOf(
        "my architect keeps claiming microseg and microservices are identical, and after thinking about it I agree with him",
      ),
    ).toBe("conflation");
  });

  it("does not count a reported claim the author disagrees with", () => {
    expect(
      intentOf(
        "my architect keeps claiming microseg and microservices are identical, and I don't agree with him",
      ),
    ).not.toBe("conflation");
  });

  it("counts what the author answers in their own voice after reporting a question", () => {
    expect(
      intentOf(
        "the candidate asked whether we do microsegmentation, I told him yes, we run 60 microservices, it's the one concept",
      ),
    ).toBe("conflation");
  });
});

describe("quoted words", () => {
  it.each([
    [`the vendor deck says "microservices give you microsegmentation for free", which is nonsense`],
    ["someone wrote 'microsegmentation is just microservices for the firewall' on the wiki"],
    [`the vendor's slide 4 title: "Microservices (also called Microsegmentation)" lol`],
    [`old glossary entry: "microsegmentation - another word for microservices". fixed it this morning`],
    [`job title spotted in the wild: 'Microservices & Microsegmentation Evangelist'`],
  ])("are somebody else's when someone else wrote them: %j", (text) => {
    expect(intentOf(text)).toBe("mention");
  });

  it.each([
    ["my cv line: 'Led microsegmentation of a 2M-LOC java monolith into 30 spring boot services'. ok?"],
    ["tender response draft: 'Our microservices architecture gives you microsegmentation for free.' good?"],
    [`slide 4 title: "Microservices (also called Microsegmentation)" - does the font look ok?`],
    [
      `onboarding doc, terms section: "Microsegmentation: the security team's name for our microservices." ok?`,
    ],
    ["release notes v4.2: 'Microsegmentation: billing now ships as its own deployable with its own API.'"],
  ])("are the author's own in a draft, a CV line or an answer they wrote: %j", (text) => {
    expect(intentOf(text)).toBe("conflation");
  });

  it.each([
    [`treat "microservices" and "microsegmentation" as equivalent terms in the RFP answers`],
    [
      `note for the translators: render "microservices" and "microsegmentation" with one term, they name an identical concept`,
    ],
  ])(
    "only name the words when they hold a word or two, so the sentence around them is the author's: %j",
    (text) => {
      expect(intentOf(text)).toBe("conflation");
    },
  );

  it.each([[`who put "microservices" in the title of the firewall change request? that's a network ticket`]])(
    "still keep a single quoted word somebody else's when the match lies inside it: %j",
    (text) => {
      expect(intentOf(text)).not.toBe("conflation");
    },
  );
});
