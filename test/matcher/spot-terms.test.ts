import { foldText } from "../../src/matcher/fold-text";
import { maskMarkup } from "../../src/matcher/mask-markup";
import { createTermSpotter } from "../../src/matcher/spot-terms";
import type { TermOccurrence } from "../../src/matcher/types";
import { shippedKnowledge } from "./support/shipped-knowledge";

const spotter = createTermSpotter(shippedKnowledge());

/** The occurrences the matcher would see: the same preparation classify() does. */
function spot(text: string): TermOccurrence[] {
  return spotter.spot(foldText(maskMarkup(text)), text).map((found) => found.occurrence);
}

const VARIANTS: readonly [string, TermOccurrence["term"]][] = [
  ["microservices", "microservices"],
  ["Microservice", "microservices"],
  ["MICRO-SERVICES", "microservices"],
  ["micro services", "microservices"],
  ["micro_services", "microservices"],
  ["µservices", "microservices"],
  ["microsvcs", "microservices"],
  ["microserviced", "microservices"],
  ["ｍｉｃｒｏｓｅｒｖｉｃｅｓ", "microservices"],
  ["miсrosеrviсеs", "microservices"],
  ["microsegmentation", "microsegmentation"],
  ["Micro-Segmentation", "microsegmentation"],
  ["micro segmentation", "microsegmentation"],
  ["μsegmentation", "microsegmentation"],
  ["microseg", "microsegmentation"],
  ["micro-seg", "microsegmentation"],
  ["microsegment", "microsegmentation"],
  ["microsegmented", "microsegmentation"],
  ["microsegmenting", "microsegmentation"],
  ["𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐠𝐦𝐞𝐧𝐭𝐚𝐭𝐢𝐨𝐧", "microsegmentation"],
];

const TYPOS: readonly [string, TermOccurrence["term"]][] = [
  ["microservies", "microservices"],
  ["mircoservices", "microservices"],
  ["microserivces", "microservices"],
  ["micorservices", "microservices"],
  ["migrosegmentation", "microsegmentation"],
  ["microsegmantation", "microsegmentation"],
  ["microsegmentaion", "microsegmentation"],
];

const NEAR_MISSES = [
  "microsoft",
  "Microsoft Teams",
  "microservers",
  "microserver",
  "microsecond",
  "microseconds",
  "macroservices",
  "microcontroller",
  "micro-frontends",
  "microbenchmark",
  "segmentation",
  "network segment",
  "microk8s",
  "microvm",
  "microscope",
  "microsensor",
  "nanoservices",
  "micro",
];

describe("createTermSpotter", () => {
  it.each(VARIANTS)("spots the listed form %s as %s", (written, term) => {
    expect(spot(`we talked about ${written} today`)).toEqual([
      { term, text: written, start: 16, end: 16 + written.length, via: "variant" },
    ]);
  });

  it.each(TYPOS)("spots the typo %s as %s, via fuzzy", (written, term) => {
    expect(spot(`the ${written} rollout`)).toEqual([
      { term, text: written, start: 4, end: 4 + written.length, via: "fuzzy" },
    ]);
  });

  it.each(NEAR_MISSES)("does not spot the near miss %s", (written) => {
    expect(spot(`we benchmarked ${written} yesterday`)).toEqual([]);
  });

  it.each([
    ["after an emoji", "🎉 ", "microservices"],
    ["after a ZWJ emoji sequence", "👩‍👩‍👧 ", "Micro-Segmentation"],
    ["after skin-tone emoji", "👍🏽👍🏽 ok ", "microseg"],
    ["after math-bold words", "𝐫𝐞𝐚𝐥𝐥𝐲 ", "microservices"],
    ["after zero-width characters", "\u200b\u200b", "microservices"],
    ["with zero-width characters inside", "see ", "micro\u200bser\u200dvices"],
    ["after markup", "<@U1> :eyes: `npm i` ", "microsegmentation"],
    ["inside a link label", "<https://x.y/deck|", "Microservices", " 101> rocks"],
    ["written with the micro sign", "so ", "µ-segmentation"],
  ])("points at the author's text %s", (_, before, written, after = " rocks") => {
    const text = `${before}${written}${after}`;
    const [found, ...rest] = spot(text);
    expect(rest).toEqual([]);
    expect(found?.start).toBe(before.length);
    expect(found?.end).toBe(before.length + written.length);
    expect(found?.text).toBe(written);
    expect(found && text.slice(found.start, found.end)).toBe(written);
  });

  it("finds every occurrence, in order, with both terms", () => {
    const text = "microservices != micro-segmentation, and microsvc is not microseg either";
    expect(spot(text).map((found) => [found.term, found.text])).toEqual([
      ["microservices", "microservices"],
      ["microsegmentation", "micro-segmentation"],
      ["microservices", "microsvc"],
      ["microsegmentation", "microseg"],
    ]);
  });

  it("ignores terms inside code, quotes, URLs and emoji codes", () => {
    const text =
      "```microservices```\n> microseg\nhttps://x.y/microservices :microsegmentation: `microsvc --x=1`";
    expect(spot(text)).toEqual([]);
  });

  it("gives the same answer for a typo seen again (cached) as the first time", () => {
    const first = spot("mircoservices and mircoservices");
    expect(first).toHaveLength(2);
    expect(first[1]).toEqual({ ...first[0], start: 18, end: 31 });
  });
});
