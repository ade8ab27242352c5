/**
 * Puts one space around every punctuation mark or symbol, so patterns and lexicon phrases see
 * "microseg , microservices , same thing" whatever spacing the author used. Apostrophes and hyphens
 * inside a word stay ("isn't", "east-west"). Used on sentences and on lexicon phrases alike.
 */
export function spacePunctuation(text: string): string {
  return text
    .replace(/([a-z0-9A-Z])'([a-zA-Z])/g, "$1\u0000$2")
    .replace(/([a-z0-9A-Z])-([a-z0-9A-Z])/g, "$1\u0001$2")
    .replace(/([^a-z0-9A-Z\s\u0000\u0001])/gu, " $1 ")
    .replace(/\u0000/g, "'")
    .replace(/\u0001/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
