import { spacePunctuation } from "./space-punctuation";

/**
 * Turns a lexicon group (lowercase phrases, a trailing * for any ending) into one regular-expression
 * source that matches any phrase on word boundaries (a leading * allows any word start: "*n't"). Longer phrases come first so "the same thing"
 * wins over "the same".
 */
export function lexiconSource(entries: readonly string[]): string {
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const wildcard = entry.endsWith("*");
      const anyStart = entry.startsWith("*");
      const phrase = spacePunctuation(entry.slice(anyStart ? 1 : 0, wildcard ? -1 : undefined));
      // A straight apostrophe may be left out ("isnt"), except in a suffix entry like *n't, where it is the whole cue.
      const body = anyStart ? escapeRegExp(phrase) : escapeRegExp(phrase).replace(/'/g, "'?");
      const before = anyStart ? "[a-z0-9]*" : /^[a-z0-9]/.test(phrase) ? "(?<![a-z0-9])" : "";
      const after = wildcard ? "[a-z0-9'-]*" : /[a-z0-9]$/.test(phrase) ? "(?![a-z0-9])" : "";
      return `${before}${body}${after}`;
    });
  return `(?:${alternatives.join("|")})`;
}

export function compileLexicon(entries: readonly string[]): RegExp {
  return new RegExp(lexiconSource(entries));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
