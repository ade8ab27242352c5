import { compileLexicon } from "../../src/matcher/compile-lexicon";
import { createLexiconIndex } from "../../src/matcher/lexicon-index";
import { spacePunctuation } from "../../src/matcher/space-punctuation";
import { createWordTrieBuilder } from "../../src/matcher/word-trie";
import { corpusSentences, randomTexts } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

/**
 * What the index must find: the groups whose expression (as the gates test it) matches the text.
 * A rule is skipped when the index misses one of its cue groups, so the two must agree.
 */
function expressionIndex(
  lexicons: Readonly<Record<string, readonly string[]>>,
): (text: string) => Set<string> {
  // An empty group's expression matches anything; no phrase of it can be found, though.
  const expressions = Object.entries(lexicons)
    .filter(([, entries]) => entries.length > 0)
    .map(([group, entries]) => ({
      group,
      expression: compileLexicon(entries),
    }));
  return (text) =>
    new Set(expressions.filter(({ expression }) => expression.test(text)).map(({ group }) => group));
}

function groupsFound(lexicons: Readonly<Record<string, readonly string[]>>, text: string): string[] {
  const found = createLexiconIndex(lexicons).groupsIn(text);
  return Object.keys(lexicons).filter((group) => found.has(group));
}

describe("createLexiconIndex", () => {
  const toy = {
    negation: ["*n't", "not", "no longer"],
    prefix: ["deploy*", "security group*"],
    phrase: ["the same thing", "east-west", "isn't"],
    empty: [],
  };

  it.each([
    ["they don't deploy", ["negation", "prefix"]],
    ["SVC is no longer SEG", ["negation"]],
    ["our security groups", ["prefix"]],
    ["the same  thing", []],
    ["it is the same thing", ["phrase"]],
    ["east-west traffic", ["phrase"]],
    ["isnt it", ["phrase"]],
    ["it is'nt", []],
    ["deny-by-default posture", []],
    ["they couldn't-care-less", ["negation"]],
    ["the re-deployed stack", ["prefix"]],
    ["east-west-ish", ["phrase"]],
    ["n't", []],
    ["", []],
  ])("%j holds %j", (text, groups) => {
    expect(groupsFound(toy, text)).toEqual(groups);
    const plain = expressionIndex(toy)(text);
    expect(Object.keys(toy).filter((group) => plain.has(group))).toEqual(groups);
  });

  it("finds what the expressions find, on the corpus and on word salads of the shipped lexicons", () => {
    const lexicons = shippedKnowledge().lexicons;
    const index = createLexiconIndex(lexicons);
    const expected = expressionIndex(lexicons);
    const entryWords = Object.values(lexicons)
      .flat()
      .flatMap((entry) => spacePunctuation(entry.replace(/^\*|\*$/g, "")).split(" "));
    const vocabulary = [...new Set(entryWords)];
    const salads = randomTexts(
      [...vocabulary.map((word) => `${word} `), "isn't ", "SVC ", "SEG ", "' ", " ", "s ", "ing "],
      3000,
      10,
      13,
    );
    // Words glued by hyphens and apostrophes, where an expression's \b also holds.
    const glued = randomTexts(
      [
        ...vocabulary.map((word) => `${word}-`),
        ...vocabulary.map((word) => `${word} `),
        "x-",
        "s'",
        "SEG-",
        "- ",
      ],
      3000,
      8,
      17,
    ).map((text) => spacePunctuation(text));
    const differing = [...corpusSentences().map((sentence) => sentence.text), ...salads, ...glued].flatMap(
      (text) => {
        const found = index.groupsIn(text);
        const wanted = expected(text);
        return Object.keys(lexicons)
          .filter((group) => found.has(group) !== wanted.has(group))
          .map((group) => `${group} in ${text}`);
      },
    );
    expect(differing).toEqual([]);
    expect(glued.filter((text) => /[a-z]-[a-z]/.test(text)).length).toBeGreaterThan(1000);
  });

  it("tests several groups at once through masks", () => {
    const index = createLexiconIndex(toy);
    const found = index.groupsIn("they don't deploy");
    expect(found.hasAll(index.maskOf(["negation", "prefix"]))).toBe(true);
    expect(found.hasAll(index.maskOf(["negation", "phrase"]))).toBe(false);
    expect(found.hasAny(index.maskOf(["phrase", "prefix"]))).toBe(true);
    expect(found.hasAny(index.maskOf(["phrase", "no such group"]))).toBe(false);
    expect(index.knows(["negation", "no such group"])).toBe(false);
  });
});

describe("createWordTrieBuilder", () => {
  it("reads words as written and tells which prefix leads to which word", () => {
    const builder = createWordTrieBuilder();
    const isnt = builder.add("isn't");
    const deploy = builder.add("deploy");
    builder.mark(deploy, 7);
    const trie = builder.build();
    expect(trie.find("isn't", 0, 5)).toBe(isnt);
    expect(trie.find("isnt", 0, 4)).toBeLessThan(0);
    const deployment = trie.find("deployment", 0, 10);
    expect(deployment).toBe(~deploy);
    expect(trie.leadsTo(deploy, ~deployment)).toBe(true);
    expect(trie.leadsTo(isnt, ~deployment)).toBe(false);
    expect(trie.marksOnPath(~deployment)).toEqual([7]);
  });

  it("finds the node a text reaches and keeps the marks of every node on the way", () => {
    const builder = createWordTrieBuilder();
    const dep = builder.add("dep");
    const deploy = builder.add("deploy");
    const deployment = builder.add("deployment");
    builder.mark(dep, 3);
    builder.mark(deploy, 7);
    const trie = builder.build();
    expect(trie.find("deploy", 0, 6)).toBe(deploy);
    expect(trie.find("deployment", 0, 10)).toBe(deployment);
    expect(trie.find("deploys", 0, 7)).toBe(~deploy);
    expect(trie.find("isn't", 0, 5)).toBe(~0);
    expect(trie.find("a deploy", 2, 8)).toBe(deploy);
    expect(trie.marksOnPath(deployment)).toEqual([3, 7]);
    expect(trie.marksOnPath(deploy)).toEqual([3, 7]);
    expect(trie.marksOnPath(builder.add("de"))).toEqual([]);
  });
});
