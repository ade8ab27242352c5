import { spacePunctuation } from "./space-punctuation";

/**
 * Finds, in one pass over a sentence's words, which lexicon groups occur in it. It answers the same
 * question as testing each group's regular expression, far faster, so rules whose cue groups are
 * absent can be skipped without running their patterns. Words are compared without apostrophes
 * ("isnt" = "isn't"); a trailing * matches any ending, a leading * any beginning of a word.
 */
export interface LexiconIndex {
  groupsIn(text: string): ReadonlySet<string>;
}

interface Phrase {
  readonly words: readonly string[];
  readonly group: string;
  readonly prefixLast: boolean;
  readonly suffixFirst: boolean;
}

export function createLexiconIndex(lexicons: Readonly<Record<string, readonly string[]>>): LexiconIndex {
  const byFirstWord = new Map<string, Phrase[]>();
  // Single words with a trailing * ("deploy*"), looked up by every prefix of each word.
  const byPrefix = new Map<string, Phrase[]>();
  const suffixed: Phrase[] = [];
  for (const [group, entries] of Object.entries(lexicons)) {
    for (const entry of entries) {
      const suffixFirst = entry.startsWith("*");
      const prefixLast = entry.endsWith("*");
      const spaced = spacePunctuation(entry.slice(suffixFirst ? 1 : 0, prefixLast ? -1 : undefined)).split(
        " ",
      );
      // A suffix entry like *n't keeps its apostrophe: without it, "nt" would end "want" and "point".
      const words = suffixFirst ? spaced : spaced.map(normalise);
      const phrase: Phrase = { words, group, prefixLast, suffixFirst };
      const first = words[0] ?? "";
      if (suffixFirst) {
        suffixed.push(phrase);
      } else if (prefixLast && words.length === 1) {
        const list = byPrefix.get(first) ?? [];
        list.push(phrase);
        byPrefix.set(first, list);
      } else {
        const list = byFirstWord.get(first) ?? [];
        list.push(phrase);
        byFirstWord.set(first, list);
      }
    }
  }

  return {
    groupsIn(text) {
      const raw = text.split(" ");
      const words = raw.map(normalise);
      const found = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        for (const phrase of byFirstWord.get(words[i] ?? "") ?? []) {
          if (!found.has(phrase.group) && matchesAt(phrase, words, i)) found.add(phrase.group);
        }
        const word = words[i] ?? "";
        for (let length = 1; length <= word.length; length++) {
          for (const phrase of byPrefix.get(word.slice(0, length)) ?? []) found.add(phrase.group);
        }
        for (const phrase of suffixed) {
          if (!found.has(phrase.group) && matchesAt(phrase, raw, i)) found.add(phrase.group);
        }
      }
      return found;
    },
  };
}

function matchesAt(phrase: Phrase, words: readonly string[], start: number): boolean {
  const count = phrase.words.length;
  for (let k = 0; k < count; k++) {
    const word = words[start + k];
    const wanted = phrase.words[k] ?? "";
    if (word === undefined) return false;
    const last = k === count - 1;
    if (k === 0 && phrase.suffixFirst) {
      if (!(word.endsWith(wanted) && word.length > wanted.length)) return false;
    } else if (last && phrase.prefixLast) {
      if (!word.startsWith(wanted)) return false;
    } else if (word !== wanted) {
      return false;
    }
  }
  return true;
}

function normalise(word: string): string {
  return word.replace(/'/g, "");
}
