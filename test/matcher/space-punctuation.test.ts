import { spacePunctuation } from "../../src/matcher/space-punctuation";
import { randomTexts } from "./support/corpus-sentences";

/** The definition spacePunctuation implements in one pass: a chain of replacements, easy to read. */
function byReplacements(text: string): string {
  return text
    .replace(/([a-z0-9A-Z])'([a-zA-Z])/g, "$1\ue000$2")
    .replace(/([a-z0-9A-Z])-([a-z0-9A-Z])/g, "$1\ue001$2")
    .replace(/([^a-z0-9A-Z\s\ue000\ue001])/gu, " $1 ")
    .replace(/\ue000/g, "'")
    .replace(/\ue001/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

describe("spacePunctuation", () => {
  it.each([
    ["microseg,microservices,same thing", "microseg , microservices , same thing"],
    ["isn't east-west", "isn't east-west"],
    ["a'b'c x-y-z", "a'b ' c x-y - z"],
    ["  (aka) 🚀!!  ", "( aka ) 🚀 ! !"],
    ["already spaced words", "already spaced words"],
    ["", ""],
  ])("%j reads %j", (input, expected) => {
    expect(spacePunctuation(input)).toBe(expected);
    expect(byReplacements(input)).toBe(expected);
  });

  it("agrees with the replacements on random text of every kind of character", () => {
    const pieces = ["a", "Z", "0", "'", "-", " ", "  ", "\t", "\n", ",", "?", "\u00a0", "\u2028", "\ufeff"];
    pieces.push("\ue000", "\ue001", "😀", "\ud83d", "\ude00", "é", "_", "*", "SVC", "\u3000", "—", "’");
    const differing = randomTexts(pieces, 60_000, 12, 11).filter(
      (text) => spacePunctuation(text) !== byReplacements(text),
    );
    expect(differing).toEqual([]);
  });
});
