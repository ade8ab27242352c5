import { GroupBits, type GroupMask, type LexiconGroups } from "./group-bits";

export type { GroupMask, LexiconGroups } from "./group-bits";

import { type NodeMasks, nodeMasks } from "./node-masks";
import { spacePunctuation } from "./space-punctuation";
import { createWordTrieBuilder, type WordTrie } from "./word-trie";

/**
 * Finds, in one pass over a sentence's words, which lexicon groups occur in it. It answers the same
 * question as testing each group's regular expression, far faster, so rules whose cue groups are
 * absent can be skipped without running their patterns. Words are compared without apostrophes
 * ("isnt" = "isn't"); a trailing * matches any ending, a leading * any beginning of a word.
 */
export interface LexiconIndex {
  groupsIn(text: string): LexiconGroups;
  /** Several groups at once, to test together; names that are no group are left out. */
  maskOf(groups: readonly string[]): GroupMask;
  /** Whether every name is a group. */
  knows(groups: readonly string[]): boolean;
}

/** An entry of two words or more, its words as trie nodes (see word-trie.ts). */
interface Phrase {
  readonly nodes: readonly number[];
  readonly group: number;
  /** The last word is a prefix ("security group*"). */
  readonly prefixLast: boolean;
}

/** An entry like "*n't": its first word is a suffix, and its words are compared as written. */
interface SuffixPhrase {
  readonly words: readonly string[];
  readonly group: number;
  readonly prefixLast: boolean;
}

/** The entries of two words or more that start with one particular word. */
interface LongerEntries {
  /** By the node of their second word, when that word must match whole. */
  readonly bySecond: Map<number, Phrase[]>;
  /** Two-word entries whose second word is a prefix. */
  readonly prefixSecond: Phrase[];
}

/** No groups beyond the first 64 at a node. */
const NONE: readonly number[] = [];

export function createLexiconIndex(lexicons: Readonly<Record<string, readonly string[]>>): LexiconIndex {
  const groupIds = new Map(Object.keys(lexicons).map((name, id) => [name, id]));
  // Built for the first sentence rather than with the matcher: start-up need not wait for it.
  let words: WordIndex | undefined;
  // Per sentence, by word: the node its whole text reaches (-1 if none) and the deepest node reached.
  let exact: Int32Array = new Int32Array(64);
  let deepest: Int32Array = new Int32Array(64);

  return {
    knows: (groups) => groups.every((group) => groupIds.has(group)),
    maskOf(groups) {
      const mask = new GroupBits(groupIds);
      for (const group of groups) {
        const id = groupIds.get(group);
        if (id !== undefined) mask.add(id);
      }
      return mask.asMask();
    },
    groupsIn(text) {
      words ??= indexWords(lexicons, groupIds);
      const { trie, onPath, wholeAt, longerAt, oneWordSuffixed, suffixesWithoutApostrophe, longerSuffixed } =
        words;
      const found = new GroupBits(groupIds);
      // Groups below 64 gather in two numbers and join `found` after the loop.
      let low = 0;
      let high = 0;
      // A suffix with an apostrophe (*n't) cannot end a word of a sentence that has none.
      const suffixes = text.includes("'") ? oneWordSuffixed : suffixesWithoutApostrophe;
      let count = 0;
      // Words as text.split(" ") gives them, empty ones included: they break a phrase.
      for (let start = 0; ; count++) {
        const space = text.indexOf(" ", start);
        const end = space === -1 ? text.length : space;
        if (count === exact.length) [exact, deepest] = [grow(exact), grow(deepest)];
        const reached = trie.find(text, start, end);
        const node = reached >= 0 ? reached : ~reached;
        exact[count] = reached >= 0 ? reached : -1;
        deepest[count] = node;
        // Reading the word passed every node on the way to `node`, and their prefix entries with them.
        low |= onPath.low[node] ?? 0;
        high |= onPath.high[node] ?? 0;
        for (const group of onPath.rest[node] ?? NONE) found.add(group);
        if (reached >= 0) {
          low |= wholeAt.low[reached] ?? 0;
          high |= wholeAt.high[reached] ?? 0;
          for (const group of wholeAt.rest[reached] ?? NONE) found.add(group);
        }
        for (const phrase of suffixes) {
          const suffix = phrase.words[0] ?? "";
          if (end - start > suffix.length && text.startsWith(suffix, end - suffix.length))
            found.add(phrase.group);
        }
        if (space === -1) break;
        start = space + 1;
      }
      count += 1;
      found.low |= low;
      found.high |= high;
      const matches = (phrase: Phrase, at: number): boolean => {
        const { nodes } = phrase;
        if (at + nodes.length > count) return false;
        for (let k = 0; k < nodes.length; k++) {
          const node = nodes[k] ?? 0;
          const ok =
            k === nodes.length - 1 && phrase.prefixLast
              ? trie.leadsTo(node, deepest[at + k] ?? 0)
              : exact[at + k] === node;
          if (!ok) return false;
        }
        return true;
      };
      for (let i = 0; i + 1 < count; i++) {
        const first = exact[i] ?? -1;
        const starts = first >= 0 ? longerAt[first] : undefined;
        if (!starts) continue;
        const second = exact[i + 1] ?? -1;
        for (const phrase of (second >= 0 ? starts.bySecond.get(second) : undefined) ?? []) {
          if (!found.hasId(phrase.group) && matches(phrase, i)) found.add(phrase.group);
        }
        for (const phrase of starts.prefixSecond) {
          if (!found.hasId(phrase.group) && matches(phrase, i)) found.add(phrase.group);
        }
      }
      if (longerSuffixed.length > 0) {
        const raw = text.split(" ");
        for (let i = 0; i < raw.length; i++) {
          for (const phrase of longerSuffixed) {
            if (!found.hasId(phrase.group) && matchesAsWritten(phrase, raw, i)) found.add(phrase.group);
          }
        }
      }
      return found;
    },
  };
}

/** The words of every entry in a trie, with what each node stands for (see groupsIn). */
interface WordIndex {
  readonly trie: WordTrie;
  readonly onPath: NodeMasks;
  readonly wholeAt: NodeMasks;
  readonly longerAt: readonly (LongerEntries | undefined)[];
  readonly oneWordSuffixed: readonly SuffixPhrase[];
  readonly suffixesWithoutApostrophe: readonly SuffixPhrase[];
  readonly longerSuffixed: readonly SuffixPhrase[];
}

function indexWords(
  lexicons: Readonly<Record<string, readonly string[]>>,
  groupIds: ReadonlyMap<string, number>,
): WordIndex {
  const builder = createWordTrieBuilder();
  // By trie node: groups of one-word entries and longer entries; prefix entries ("deploy*") are trie marks.
  const whole = new Map<number, number[]>();
  const longer = new Map<number, LongerEntries>();
  const suffixed: SuffixPhrase[] = [];
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const [name, entries] of Object.entries(lexicons)) {
    const group = groupIds.get(name) ?? 0;
    for (const entry of entries) {
      const suffixFirst = entry.startsWith("*");
      const prefixLast = entry.endsWith("*");
      const spaced = spacePunctuation(entry.slice(suffixFirst ? 1 : 0, prefixLast ? -1 : undefined)).split(
        " ",
      );
      if (suffixFirst) {
        // A suffix entry like *n't keeps its apostrophe: without it, "nt" would end "want" and "point".
        suffixed.push({ words: spaced, group, prefixLast });
        continue;
      }
      const nodes = spaced.map((word) => builder.add(normalise(word)));
      const [first = 0, second] = nodes;
      if (second === undefined) {
        if (prefixLast) builder.mark(first, group);
        else push(whole, first, group);
      } else {
        const starts: LongerEntries = longer.get(first) ?? { bySecond: new Map(), prefixSecond: [] };
        longer.set(first, starts);
        if (nodes.length === 2 && prefixLast) starts.prefixSecond.push({ nodes, group, prefixLast });
        else push(starts.bySecond, second, { nodes, group, prefixLast });
      }
    }
  }
  const trie = builder.build();
  // Arrays by node, looked up for every word: the groups of the prefix entries on the way to it and
  // of the one-word entries it completes, as bits (see nodeMasks).
  const onPath = nodeMasks(builder.size(), (node) => trie.marksOnPath(node), groupIds);
  const wholeAt = nodeMasks(builder.size(), (node) => whole.get(node) ?? [], groupIds);
  const longerAt = byNode(longer, builder.size());
  const oneWordSuffixed = suffixed.filter((phrase) => phrase.words.length === 1);
  const suffixesWithoutApostrophe = oneWordSuffixed.filter((phrase) => !phrase.words[0]?.includes("'"));
  const longerSuffixed = suffixed.filter((phrase) => phrase.words.length > 1);
  return { trie, onPath, wholeAt, longerAt, oneWordSuffixed, suffixesWithoutApostrophe, longerSuffixed };
}

function byNode<V>(map: ReadonlyMap<number, V>, size: number): (V | undefined)[] {
  const array = new Array<V | undefined>(size).fill(undefined);
  for (const [node, value] of map) array[node] = value;
  return array;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** A suffix entry of several words at `start`, its words compared as written. */
function matchesAsWritten(phrase: SuffixPhrase, words: readonly string[], start: number): boolean {
  const count = phrase.words.length;
  for (let k = 0; k < count; k++) {
    const word = words[start + k];
    const wanted = phrase.words[k] ?? "";
    if (word === undefined) return false;
    if (k === 0) {
      if (!(word.endsWith(wanted) && word.length > wanted.length)) return false;
    } else if (k === count - 1 && phrase.prefixLast) {
      if (!word.startsWith(wanted)) return false;
    } else if (word !== wanted) {
      return false;
    }
  }
  return true;
}

function normalise(word: string): string {
  return word.includes("'") ? word.replace(/'/g, "") : word;
}
