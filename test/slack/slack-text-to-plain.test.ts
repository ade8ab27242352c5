import { mentions, removeMention, slackTextToPlain } from "../../adapters/slack/slack-text-to-plain";

describe("slackTextToPlain", () => {
  it.each([
    ["a &lt;b&gt; &amp;&amp; c", "a <b> && c"],
    ["ask <@U0BOB> or <@U0ALICE|alice>", "ask @U0BOB or @alice"],
    ["see <#C0GENERAL|general> and <#C0OPS>", "see #general and #C0OPS"],
    ["<!here> <!channel> <!subteam^S0NET|@netsec>", "@here @channel @netsec"],
    [
      "read <https://example.com/a?b=1&amp;c=2|the guide> or <https://example.com>",
      "read the guide or https://example.com",
    ],
    ["mail <mailto:net@example.com|net@example.com>", "mail net@example.com"],
    ["plain words stay", "plain words stay"],
  ])("%s", (input, expected) => {
    expect(slackTextToPlain(input)).toBe(expected);
  });
});

describe("removeMention", () => {
  it.each([
    ["<@UBOT> quiz", "quiz"],
    ["<@UBOT|microsense>: help me", "help me"],
    ["hey <@UBOT>, is this right?", "hey is this right?"],
    ["<@U0BOB> is not the bot", "<@U0BOB> is not the bot"],
  ])("%s", (input, expected) => {
    expect(removeMention(input, "UBOT")).toBe(expected);
  });

  it("recognises both mention forms", () => {
    expect(mentions("hi <@UBOT>", "UBOT")).toBe(true);
    expect(mentions("hi <@UBOT|microsense>", "UBOT")).toBe(true);
    expect(mentions("hi <@UBOTTOM>", "UBOT")).toBe(false);
  });
});
