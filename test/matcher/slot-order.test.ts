import { compileRules } from "../../src/matcher/compile-rules";
import { createLiteralPrefilter } from "../../src/matcher/literal-prefilter";
import { firstMatch } from "../../src/matcher/rule-alternatives";
import { xPrecedesY } from "../../src/matcher/slot-order";
import { corpusSentences } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

// Runs every alternative, whatever the prefilter would say.
const EVERY_ALTERNATIVE = { mayMatch: (): boolean => true };

describe("xPrecedesY", () => {
  it.each([
    ["{X} is {Y}", true],
    ["{X} .{0,60}(?:but|though) {Y}|(?:call|say) {X} or {Y}", true],
    ["(?<!not ){X}(?: {@head})? (?:is|are) [({Y}] {Y}", true],
  ])("holds for %s", (pattern, expected) => {
    expect(xPrecedesY(pattern)).toBe(expected);
  });

  it.each([
    ["{Y} is {X}", "the other order"],
    ["{X} is {Y}|{Y} is {X}", "a branch in the other order"],
    ["{X} is (?:{Y}|nothing)", "{Y} inside a group"],
    ["(?:{X} )?is {Y}", "{X} inside an optional group"],
    ["{X}? is {Y}", "a quantified {X}"],
    ["{X} is {Y}{0,1}", "a quantified {Y}"],
    ["{X} is [|] {Y}", "a | inside a class is no branch: still ordered"],
  ])("reads %s right (%s)", (pattern, why) => {
    expect(xPrecedesY(pattern)).toBe(why.startsWith("a | inside"));
  });

  it("never skips an expression that matches a corpus sentence", () => {
    const rules = compileRules(shippedKnowledge(), createLiteralPrefilter());
    const ordered = rules.filter((rule) => rule.xBeforeY);
    expect(ordered.length).toBeGreaterThan(0);
    // One expect at the end: tens of thousands of expect calls cost more than the matching.
    const skippedMatches: string[] = [];
    for (const sentence of corpusSentences()) {
      const servicesFirst = /SVC.*SEG/.test(sentence.text);
      const segmentationFirst = /SEG.*SVC/.test(sentence.text);
      if (servicesFirst && segmentationFirst) continue;
      for (const rule of ordered) {
        const matches = (k: number): boolean =>
          firstMatch(rule.alternatives[k] ?? [], sentence.text, EVERY_ALTERNATIVE) !== null;
        if (!servicesFirst && matches(0)) skippedMatches.push(`${rule.id} (X first) on ${sentence.text}`);
        if (!segmentationFirst && matches(1)) skippedMatches.push(`${rule.id} (Y first) on ${sentence.text}`);
      }
    }
    expect(skippedMatches).toEqual([]);
  });
});
