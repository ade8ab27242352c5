import { lexiconLiterals, lexiconSource } from "../../src/matcher/compile-lexicon";
import { compileRules } from "../../src/matcher/compile-rules";
import { knownGroups } from "../../src/matcher/known-groups";
import { createLiteralPrefilter } from "../../src/matcher/literal-prefilter";
import { createLiteralScanner } from "../../src/matcher/literal-scanner";
import { ANY_TEXT, parseRegex } from "../../src/matcher/parse-regex";
import { type LiteralCondition, requiredLiterals } from "../../src/matcher/required-literals";
import { corpusSentences, randomTexts } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

/** What the condition says about `text`, read plainly with `includes`. */
function holds(condition: LiteralCondition, text: string): boolean {
  switch (condition.kind) {
    case "always":
      return true;
    case "literal":
      return text.includes(condition.text);
    case "allOf":
      return condition.parts.every((part) => holds(part, text));
    case "anyOf":
      return condition.parts.some((part) => holds(part, text));
  }
}

const knowledge = shippedKnowledge();
const lexicons = Object.values(knowledge.lexicons);
const opaque = lexicons.map(lexiconSource);
const rules = compileRules(knowledge, createLiteralPrefilter(lexicons));
// The expressions the engine runs: each rule's alternatives (see rule-alternatives.ts).
const regexes = rules.flatMap((rule) => rule.alternatives.flat().map((alternative) => alternative.regex));
const sentences = corpusSentences().map((sentence) => sentence.text);

describe("requiredLiterals", () => {
  it.each([
    ["abc", "abc"],
    ["x (?:is|are) y", "x is y"],
    ["\\bSVC[VS]?\\b and \\bSEGV?\\b", "SVCV and SEG"],
    ["(?:foo|bar)+ baz", "barfoo baz"],
    ["a.{0,5}bcd", "a-bcd"],
  ])("holds wherever %s matches (%s)", (source, text) => {
    expect(new RegExp(source).test(text)).toBe(true);
    expect(holds(requiredLiterals(source), text)).toBe(true);
  });

  it("rules out texts that lack a required string", () => {
    const condition = requiredLiterals("\\bSVC\\b (?:is|are) the same as \\bSEG\\b");
    expect(holds(condition, "SVC is basically SEG")).toBe(false);
    expect(holds(condition, "SVC is the same as SEG")).toBe(true);
  });

  it("requires nothing from optional parts, lookarounds or back-references", () => {
    expect(requiredLiterals("(?:abc)?")).toEqual({ kind: "always" });
    expect(requiredLiterals("(?=abc)")).toEqual({ kind: "always" });
    expect(requiredLiterals("(a)?\\1")).toEqual({ kind: "always" });
  });

  it("gives up on syntax it does not read instead of guessing", () => {
    expect(parseRegex("(?<name>a)")).toBeUndefined();
    expect(parseRegex("\\cJ")).toBeUndefined();
    expect(requiredLiterals("(?<name>abc)")).toEqual({ kind: "always" });
  });

  it("treats a known group as any text, without reading it", () => {
    const lexicon = opaque[0] ?? "";
    const known = knownGroups([[lexicon, ANY_TEXT]]);
    expect(requiredLiterals(`abc${lexicon}def`, known)).toEqual({
      kind: "allOf",
      parts: [
        { kind: "literal", text: "abc" },
        { kind: "literal", text: "def" },
      ],
    });
  });

  it("holds on every corpus sentence that a rule expression matches", () => {
    const missed: string[] = [];
    for (const regex of regexes) {
      const condition = requiredLiterals(regex.source);
      for (const text of sentences) {
        if (regex.test(text) && !holds(condition, text))
          missed.push(`${regex.source.slice(0, 40)} on ${text}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("createLiteralScanner", () => {
  const literals = ["SVC", "SVC is", "is", "same", "s ", "→", "😀", "aaa", "aa"];
  const scanner = createLiteralScanner(
    literals,
    literals.map((_, index) => [index, literals.length]),
    literals.length + 1,
  );
  const texts = randomTexts(["SVC", " is", "s", " ", "a", "same", "→", "😀", "x", "SEG"], 3000, 8, 7);

  it("raises exactly the marks of the literals a text contains", () => {
    const wrong: string[] = [];
    for (const text of texts) {
      const found = scanner.scan(text);
      literals.forEach((literal, index) => {
        if (found.has(index) !== text.includes(literal)) wrong.push(`${literal} in ${text}`);
      });
      if (found.has(literals.length) !== literals.some((literal) => text.includes(literal)))
        wrong.push(`the shared mark in ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("raises exactly the marks of the shipped lexicons' literals, on every corpus sentence", () => {
    // Thousands of literals: states deep in the trie with many children, with few, and long fallbacks.
    const shipped = [...new Set(lexicons.flatMap((entries) => lexiconLiterals(entries) ?? []))];
    const big = createLiteralScanner(
      shipped,
      shipped.map((_, index) => [index]),
      shipped.length,
    );
    const wrong: string[] = [];
    for (const text of sentences) {
      const found = big.scan(text);
      shipped.forEach((literal, index) => {
        if (found.has(index) !== text.includes(literal)) wrong.push(`${literal} in ${text}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("refuses a result read after a later scan", () => {
    const first = scanner.scan("SVC is");
    scanner.scan("nothing");
    expect(() => first.has(0)).toThrow(/after the next scan/);
  });
});

describe("createLiteralPrefilter", () => {
  it("never rules out a rule expression on a sentence it matches", () => {
    const prefilter = createLiteralPrefilter(lexicons);
    const tests = regexes.map((regex) => prefilter.register(regex));
    const wrong: string[] = [];
    for (const text of [
      ...sentences,
      ...randomTexts(["SVC ", "SEG ", "is ", "not ", "so ", "the "], 500, 8, 3),
    ]) {
      const literals = prefilter.scan(text);
      regexes.forEach((regex, index) => {
        if (regex.test(text) && !literals.mayMatch(tests[index] ?? -1))
          wrong.push(`${regex.source} on ${text}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("does rule out expressions whose strings are absent", () => {
    const prefilter = createLiteralPrefilter();
    const test = prefilter.register(/SVC (?:is|are) exactly SEG/);
    const anyOf = prefilter.registerAnyOf(["myth", "wrong"]);
    expect(prefilter.scan("SVC is SEG").mayMatch(test)).toBe(false);
    expect(prefilter.scan("SVC are exactly SEG").mayMatch(test)).toBe(true);
    expect(prefilter.scan("that is a myth").mayMatch(anyOf)).toBe(true);
    expect(prefilter.scan("that is right").mayMatch(anyOf)).toBe(false);
  });

  it("leaves flagged expressions untested and takes no registration after the first scan", () => {
    const prefilter = createLiteralPrefilter();
    const test = prefilter.register(/abc/i);
    expect(prefilter.scan("ABC").mayMatch(test)).toBe(true);
    expect(() => prefilter.register(/x/)).toThrow(/after the first scan/);
  });
});
