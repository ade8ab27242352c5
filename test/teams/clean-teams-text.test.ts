import { cleanTeamsText } from "../../adapters/teams/clean-teams-text";

describe("cleanTeamsText", () => {
  it.each([
    [
      "keeps plain text",
      "microservices are not microsegmentation",
      "microservices are not microsegmentation",
    ],
    ["turns &nbsp; into a space", "help&nbsp;me", "help me"],
    ["keeps the names of other people's mentions", "<at>Grace Hopper</at> look", "Grace Hopper look"],
    ["drops tags", "<p>one <b>two</b></p>", "one two"],
    ["turns <br> into a line break", "one<br/>two", "one\ntwo"],
    ["decodes entities once", "a &amp;lt; b &#39;c&#x27; &quot;d&quot;", "a &lt; b 'c' \"d\""],
    ["keeps a user's escaped angle brackets as text", "&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>"],
    ["collapses spaces, also no-break ones", "a \u00a0  b&#160;&#160;c", "a b c"],
    ["trims", "\n  help  \n", "help"],
    ["leaves unknown entities alone", "&bogus; &#xZZ;", "&bogus; &#xZZ;"],
  ])("%s", (_name, input, expected) => {
    expect(cleanTeamsText(input)).toBe(expected);
  });
});
