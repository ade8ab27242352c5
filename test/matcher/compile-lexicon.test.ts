import {
  compileLexicon,
  lexiconAlternatives,
  lexiconLiterals,
  lexiconSource,
} from "../../src/matcher/compile-lexicon";
import { spacePunctuation } from "../../src/matcher/space-punctuation";
import { corpusSentences, randomTexts } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

const lexicons = Object.entries(shippedKnowledge().lexicons);
const words = [
  ...new Set(
    lexicons
      .flatMap(([, entries]) => entries.map((entry) => spacePunctuation(entry.replace(/^\*|\*$/g, ""))))
      .join(" ")
      .split(" "),
  ),
];
const texts = [
  ...corpusSentences().map((sentence) => sentence.text),
  ...randomTexts(
    words.flatMap((word) => [`${word} `, `${word.replace(/'/g, "")}-`]),
    3000,
    8,
    5,
  ),
];

/** Every match of a global expression: where, and what. */
function matches(source: string, text: string): string[] {
  return Array.from(text.matchAll(new RegExp(source, "g")), (match) => `${match.index}:${match[0]}`);
}

/**
 * The plain form of a lexicon expression: the same phrases as one flat list, longest first. The
 * grouped source must match exactly what this matches.
 */
function flatSource(entries: readonly string[]): string {
  const { wordStart, other } = lexiconAlternatives(entries);
  const groups = [...(wordStart.length > 0 ? [`\\b(?:${wordStart.join("|")})`] : []), ...other];
  return `(?:${groups.join("|")})`;
}

describe("lexiconSource", () => {
  it("groups phrases by their first letter and keeps their order within a letter", () => {
    expect(lexiconSource(["same", "the same", "samey*", "such"])).toBe(
      "(?:\\b(?:the same\\b|s(?:amey[a-z0-9'-]*|ame\\b|uch\\b)))",
    );
  });

  it.each(lexicons)("%s matches exactly what the ungrouped list matches", (_, entries) => {
    const grouped = lexiconSource(entries);
    const flat = flatSource(entries);
    const differing = texts.filter((text) => matches(grouped, text).join() !== matches(flat, text).join());
    expect(differing).toEqual([]);
  });
});

describe("lexiconLiterals", () => {
  it("takes each phrase up to its first apostrophe", () => {
    expect(lexiconLiterals(["isn't", "different", "*n't", "wall off*"], 4)).toEqual([
      "isn",
      "diff",
      "n't",
      "wall",
    ]);
  });

  it("offers nothing for an empty group, which matches anywhere", () => {
    expect(lexiconLiterals([], 4)).toBeUndefined();
  });

  it.each(lexicons)("every match of %s contains one of its literals", (_, entries) => {
    const literals = lexiconLiterals(entries, 4) ?? [""];
    const regex = new RegExp(compileLexicon(entries).source, "g");
    const without: string[] = [];
    for (const text of texts) {
      for (const match of text.matchAll(regex)) {
        if (!literals.some((literal) => match[0].includes(literal))) without.push(match[0]);
      }
    }
    expect(without).toEqual([]);
  });
});
