import { compileRules, ruleSources } from "../../src/matcher/compile-rules";
import { createLiteralPrefilter } from "../../src/matcher/literal-prefilter";
import { firstMatch, splitAlternatives } from "../../src/matcher/rule-alternatives";
import { corpusSentences, randomTexts } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

const ALWAYS = { mayMatch: (): boolean => true };
const NUMBERED = (): number => 0;

/** Where and what a match covers, or null. */
const span = (match: RegExpExecArray | null): [number, string] | null =>
  match ? [match.index, match[0]] : null;

describe("splitAlternatives", () => {
  it("splits at the top-level bars only", () => {
    const parts = splitAlternatives("a(?:b|c)|[|]d|e\\|f", (source) => new RegExp(source), NUMBERED);
    expect(parts.map((part) => part.regex.source)).toEqual(["a(?:b|c)", "[|]d", "e\\|f"]);
  });

  it.each(["(a)|b", "(?<n>a)|b", "(?:a)|b\\1"])(
    "keeps %s whole: apart, its groups would change",
    (source) => {
      const parts = splitAlternatives(source, (part) => new RegExp(part), NUMBERED);
      expect(parts.map((part) => part.regex.source)).toEqual([source]);
    },
  );
});

describe("firstMatch", () => {
  it("finds the leftmost match, and the earlier alternative where two start together", () => {
    const alternatives = splitAlternatives("b+|a|ab", (source) => new RegExp(source), NUMBERED);
    expect(span(firstMatch(alternatives, "xxab", ALWAYS))).toEqual([2, "a"]);
    expect(span(firstMatch(alternatives, "xxbb a", ALWAYS))).toEqual([2, "bb"]);
    expect(firstMatch(alternatives, "xyz", ALWAYS)).toBeNull();
  });

  it("does not run an alternative the literal test rules out", () => {
    const alternatives = splitAlternatives(
      "a|b",
      (source) => new RegExp(source),
      (regex) => (regex.source === "a" ? 1 : 2),
    );
    expect(span(firstMatch(alternatives, "ab", { mayMatch: (test) => test === 2 }))).toEqual([1, "b"]);
  });

  it("finds what every shipped rule's whole expression finds, with the prefilter on", () => {
    const knowledge = shippedKnowledge();
    const prefilter = createLiteralPrefilter(Object.values(knowledge.lexicons));
    const rules = compileRules(knowledge, prefilter);
    // Each rule's pattern as whole expressions, unsplit and unhoisted: what the alternatives must agree with.
    const wholes = new Map(
      knowledge.rules.map((entry) => [
        entry.id,
        ruleSources(entry, knowledge).map((source) => new RegExp(source)),
      ]),
    );
    const split = rules.filter((rule) => rule.alternatives.some((parts) => parts.length > 1));
    // Most rules join several phrasings with "|"; a change that stopped splitting them shows here.
    expect(split.length).toBeGreaterThan(40);
    const texts = [
      ...corpusSentences()
        .filter((_, index) => index % 3 === 0)
        .map((sentence) => sentence.text),
      ...randomTexts(["SVC ", "SEG ", "SEGV ", "is ", "not ", "so ", "same ", "the ", ", "], 300, 10, 11),
    ];
    const differing: string[] = [];
    for (const text of texts) {
      const literals = prefilter.scan(text);
      for (const rule of split) {
        rule.alternatives.forEach((alternatives, k) => {
          const whole = span(wholes.get(rule.id)?.[k]?.exec(text) ?? null);
          const parts = span(firstMatch(alternatives, text, literals));
          if (JSON.stringify(whole) !== JSON.stringify(parts)) differing.push(`${rule.id}#${k} on ${text}`);
        });
      }
    }
    expect(differing).toEqual([]);
  });
});
