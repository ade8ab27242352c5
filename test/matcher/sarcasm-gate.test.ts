import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const intentOf = (text: string): string => matcher.classify(text).intent;

const CLAIM = "microservices is just microsegmentation with extra steps";
const FENCE = "```";

describe("sarcasm", () => {
  it("flags the claim when nothing mocks it", () => {
    expect(intentOf(CLAIM)).toBe("conflation");
  });

  it.each([
    ["an eye-roll emoji", `${CLAIM} 🙄`],
    ["an eye-roll written as a Slack emoji code", `${CLAIM} :rolling_eyes:`],
    ["an emoji code in capitals", `${CLAIM} :Upside_Down_Face:`],
    ["a closing /s", `${CLAIM} /s`],
    ["a /s closing the first line", `${CLAIM} /s\n(someone please write the policies though)`],
    ["a scoff", `oh sure, ${CLAIM}`],
    ["an eye-roll code after another code", `${CLAIM} :thinking_face::rolling_eyes:`],
    ["a list of absurd claims", `${CLAIM}, and the toaster'll be SOC 2 compliant`],
    ["a mock headline", `BREAKING: ${CLAIM} found to improve security posture by 0%`],
  ])("reads %s as mocking the claim", (_, text) => {
    expect(intentOf(text)).toBe("mention");
  });

  it.each([
    ["a quoted line", `> what did you think of the talk? :rolling_eyes:\n${CLAIM}`],
    ["a code block", `${FENCE}\nlog: ok :joy:\n${FENCE}\n${CLAIM}`],
    ["inline code", `\`echo :rolling_eyes:\` ${CLAIM}`],
  ])("does not read an emoji code inside %s as the author's eye-roll", (_, text) => {
    expect(intentOf(text)).toBe("conflation");
  });

  it.each([
    ["news about a printer", `The printer will be moved next week. ${CLAIM}`],
    ["a headline without its zero", `BREAKING: ${CLAIM}`],
    ["a real zero", `${CLAIM}. It increased latency by 0%, fine by me`],
    ["a path that ends in /s", `${CLAIM}. logs are under /var/log/s\nand rotated daily`],
  ])("does not take %s for mockery", (_, text) => {
    expect(intentOf(text)).toBe("conflation");
  });
});
