import { mayHoldTerm } from "../../src/matcher/prefilter";

describe("mayHoldTerm", () => {
  it.each([
    "lunch at noon?",
    "deploy of billing-api to prod went fine :tada:",
    "PR #4521 is merged, thanks <@U024BE7LH>",
    "segmentation fault again in the parser",
    "the network segment behind the LB is down",
    "Grüße aus Berlin, bis Montag",
    "🎉🎉🎉",
    "",
    "service mesh rollout is done; the services all talk mTLS now",
  ])("rejects ordinary chatter: %s", (text) => {
    expect(mayHoldTerm(text)).toBe(false);
  });

  it.each([
    "microservices",
    "MICROSEGMENTATION",
    "we went micro-services",
    "µservices",
    "μsegmentation",
    "mircoservices",
    "micorservices",
    "mciroservices",
    "mikroservices",
    "migrosegmentation",
    "msvc",
    "m\u200bicro\u200bservices",
    "m\u2060i\u2060c\u2060r\u2060o",
    "micro\u00adsegmentation",
    "ｍｉｃｒｏｓｅｒｖｉｃｅｓ",
    "mісrоsеrvісеs",
    "𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬",
  ])("lets through a possible term: %s", (text) => {
    expect(mayHoldTerm(text)).toBe(true);
  });

  it("decides on a 40,000-character message of chatter", () => {
    expect(mayHoldTerm("lunch at noon? ".repeat(2_700))).toBe(false);
    expect(mayHoldTerm(`${"lunch at noon? ".repeat(2_700)}microseg`)).toBe(true);
  });
});
