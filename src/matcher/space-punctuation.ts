/**
 * Puts one space around every punctuation mark or symbol, so patterns and lexicon phrases see
 * "microseg , microservices , same thing" whatever spacing the author used. Apostrophes and hyphens
 * inside a word stay ("isn't", "east-west"). Used on sentences and on lexicon phrases alike.
 */
export function spacePunctuation(text: string): string {
  return text
    .replace(/([a-z0-9A-Z])'([a-zA-Z])/g, "$1\ue000$2")
    .replace(/([a-z0-9A-Z])-([a-z0-9A-Z])/g, "$1\ue001$2")
    .replace(/([^a-z0-9A-Z\s\ue000\ue001])/gu, " $1 ")
    .replace(/\ue000/g, "'")
    .replace(/\ue001/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
