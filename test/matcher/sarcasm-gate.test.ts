import { createMatcher } from "../../src/matcher/create-matcher";
import { shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const intentOf = (text: string): string => matcher.classify(text).intent;

const CLAIM = "microservices is just microsegmentation with extra steps";

describe("sarcasm", () => {
  it("flags the claim when nothing mocks it", () => {
    expect(intentOf(CLAIM)).toBe("conflation");
  });

  it.each([
    ["an eye-roll emoji", `${CLAIM} 🙄`],
    ["an eye-roll written as a Slack emoji code", `${CLAIM} :rolling_eyes:`],
    ["an emoji code in capitals", `${CLAIM} :Upside_Down_Face:`],
    ["a closing /s", `${CLAIM} /s`],
    ["a scoff", `oh sure, ${CLAIM}`],
  ])("reads %s as mocking the claim", (_, text) => {
    expect(intentOf(text)).toBe("mention");
  });

  it.each([
    ["a quoted line", `> what did you think of the talk? :rolling_eyes:\n${CLAIM}`],
    ["a code block", "```\nlog: ok :joy:\n```\n" + CLAIM],
    ["inline code", `\`echo :rolling_eyes:\` ${CLAIM}`],
  ])("does not read an emoji code inside %s as the author's eye-roll", (_, text) => {
    expect(intentOf(text)).toBe("conflation");
  });
});
