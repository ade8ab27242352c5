import { createLexiconIndex } from "../../src/matcher/lexicon-index";
import { spacePunctuation } from "../../src/matcher/space-punctuation";
import { createWordTrieBuilder } from "../../src/matcher/word-trie";
import { corpusSentences, randomTexts } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

/**
 * The lexicon index as first written: every phrase tried at every word, as plain strings. The
 * engine's index must find exactly the same groups.
 */
function plainIndex(lexicons: Readonly<Record<string, readonly string[]>>): (text: string) => Set<string> {
  const normalise = (word: string): string => word.replace(/'/g, "");
  const phrases = Object.entries(lexicons).flatMap(([group, entries]) =>
    entries.map((entry) => {
      const suffixFirst = entry.startsWith("*");
      const prefixLast = entry.endsWith("*");
      const spaced = spacePunctuation(entry.slice(suffixFirst ? 1 : 0, prefixLast ? -1 : undefined)).split(
        " ",
      );
      return { group, suffixFirst, prefixLast, words: suffixFirst ? spaced : spaced.map(normalise) };
    }),
  );
  return (text) => {
    const raw = text.split(" ");
    const words = raw.map(normalise);
    const found = new Set<string>();
    for (let start = 0; start < words.length; start++) {
      for (const phrase of phrases) {
        const source = phrase.suffixFirst ? raw : words;
        const fits = phrase.words.every((wanted, k) => {
          const word = source[start + k];
          if (word === undefined) return false;
          if (k === 0 && phrase.suffixFirst) return word.endsWith(wanted) && word.length > wanted.length;
          if (k === phrase.words.length - 1 && phrase.prefixLast) return word.startsWith(wanted);
          return word === wanted;
        });
        if (fits) found.add(phrase.group);
      }
    }
    return found;
  };
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
    ["it is'nt", ["phrase"]],
    ["n't", []],
    ["", []],
  ])("%j holds %j", (text, groups) => {
    expect(groupsFound(toy, text)).toEqual(groups);
    const plain = plainIndex(toy)(text);
    expect(Object.keys(toy).filter((group) => plain.has(group))).toEqual(groups);
  });

  it("finds what the plain index finds, on the corpus and on word salads of the shipped lexicons", () => {
    const lexicons = shippedKnowledge().lexicons;
    const index = createLexiconIndex(lexicons);
    const plain = plainIndex(lexicons);
    const vocabulary = [
      ...new Set(
        Object.values(lexicons)
          .flat()
          .flatMap((entry) => spacePunctuation(entry.replace(/^\*|\*$/g, "")).split(" ")),
      ),
    ];
    const salads = randomTexts(
      [...vocabulary.map((word) => `${word} `), "isn't ", "SVC ", "SEG ", "' ", " ", "s ", "ing "],
      3000,
      10,
      13,
    );
    const differing = [...corpusSentences().map((sentence) => sentence.text), ...salads].filter((text) => {
      const found = index.groupsIn(text);
      const expected = plain(text);
      return Object.keys(lexicons).some((group) => found.has(group) !== expected.has(group));
    });
    expect(differing).toEqual([]);
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
  it("reads words without their apostrophes and tells which prefix leads to which word", () => {
    const builder = createWordTrieBuilder();
    const isnt = builder.add("isnt");
    const deploy = builder.add("deploy");
    builder.mark(deploy, 7);
    const trie = builder.build();
    expect(trie.find("isn't", 0, 5)).toBe(isnt);
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
