import { boundedMemo } from "./bounded-memo";
import { GroupBits, type GroupMask, type LexiconGroups } from "./group-bits";

export type { GroupMask, LexiconGroups } from "./group-bits";

import { type NodeMasks, nodeMasks } from "./node-masks";
import { spacePunctuation } from "./space-punctuation";
import { createWordTrieBuilder, type WordTrie } from "./word-trie";

/**
 * Finds, in one pass over a sentence's words, which lexicon groups occur in it. It answers the same
 * question as testing each group's regular expression, far faster, so rules whose cue groups are
 * absent can be skipped without running their patterns. As in the expressions, an entry's apostrophe
 * may be left out ("isnt" matches "isn't"), hyphens and apostrophes end a word as spaces do ("deny"
 * is in "deny-all"), a trailing * matches any ending and a leading * any beginning of a word.
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
  /** All of bySecond, for a second word made of parts, which may hold any of them (filled in at the end). */
  readonly anySecond: Phrase[];
}

/** Whether text[start, end) holds a hyphen or an apostrophe, where an expression's \b holds too. */
function joinsParts(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === HYPHEN || code === APOSTROPHE) return true;
  }
  return false;
}

/** Where the part of a word that starts at `from` ends: the next hyphen or apostrophe, or `end`. */
function partEnd(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === HYPHEN || code === APOSTROPHE) return at;
  }
  return end;
}

/**
 * Whether a part of the word text[start, end) ends in `suffix` (as *n't does in "couldn't-care") after
 * at least one letter or digit, where the suffix entry's expression matches.
 */
function endsWithSuffix(text: string, start: number, end: number, suffix: string): boolean {
  for (let at = start + suffix.length + 1; at <= end; at++) {
    if (at !== end && text.charCodeAt(at) !== HYPHEN && text.charCodeAt(at) !== APOSTROPHE) continue;
    if (
      text.startsWith(suffix, at - suffix.length) &&
      isLetterOrDigit(text.charCodeAt(at - suffix.length - 1))
    )
      return true;
  }
  return false;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const NONE_PHRASES: readonly Phrase[] = [];

/** No groups beyond the first 64 at a node. */
const NONE: readonly number[] = [];

// Enough for every sentence of a long message; past it the memo starts afresh rather than grow.
const RECENT_SENTENCES = 64;

export function createLexiconIndex(lexicons: Readonly<Record<string, readonly string[]>>): LexiconIndex {
  const groupIds = new Map(Object.keys(lexicons).map((name, id) => [name, id]));
  // Built for the first sentence rather than with the matcher: start-up need not wait for it.
  let words: WordIndex | undefined;
  // Per sentence, by word: the node its whole text reaches (-1 if none) and the deepest node reached.
  let exact: Int32Array = new Int32Array(64);
  let deepest: Int32Array = new Int32Array(64);
  // And where the word starts and ends in the sentence, and whether it is made of parts ("deny-all": 1).
  let starts: Int32Array = new Int32Array(64);
  let ends: Int32Array = new Int32Array(64);
  let parted: Int32Array = new Int32Array(64);

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
    // The rules and then the scorer ask about the same sentences, one message after another.
    groupsIn: boundedMemo(RECENT_SENTENCES, findGroups),
  };

  function findGroups(text: string): GroupBits {
    words ??= indexWords(lexicons, groupIds);
    const { trie, onPath, wholeAt, longerAt, longerSuffixed, maxParts } = words;
    const found = new GroupBits(groupIds);
    // Groups below 64 gather in two numbers and join `found` after the loop.
    let low = 0;
    let high = 0;
    // A suffix with an apostrophe (*n't) cannot end a word of a sentence that has none.
    const suffixes = text.includes("'") ? words.oneWordSuffixed : words.suffixesWithoutApostrophe;
    /**
     * The groups, as bits of the low or high number, of a word the trie reached (`reached`, or its
     * complement when the word went past the trie): the prefix entries on the way, the entry it completes.
     */
    const wordGroups = (reached: number, highBits: boolean): number => {
      const node = reached >= 0 ? reached : ~reached;
      const path = highBits ? onPath.high : onPath.low;
      const whole = highBits ? wholeAt.high : wholeAt.low;
      if (!highBits) {
        for (const group of onPath.rest[node] ?? NONE) found.add(group);
        if (reached >= 0) for (const group of wholeAt.rest[reached] ?? NONE) found.add(group);
      }
      return (path[node] ?? 0) | (reached >= 0 ? (whole[reached] ?? 0) : 0);
    };
    let count = 0;
    // Words as text.split(" ") gives them, empty ones included: they break a phrase.
    for (let start = 0; ; count++) {
      const space = text.indexOf(" ", start);
      const end = space === -1 ? text.length : space;
      if (count === exact.length)
        [exact, deepest, starts, ends, parted] = [
          grow(exact),
          grow(deepest),
          grow(starts),
          grow(ends),
          grow(parted),
        ];
      const reached = trie.find(text, start, end);
      exact[count] = reached >= 0 ? reached : -1;
      deepest[count] = reached >= 0 ? reached : ~reached;
      starts[count] = start;
      ends[count] = end;
      low |= wordGroups(reached, false);
      high |= wordGroups(reached, true);
      const hasParts = joinsParts(text, start, end);
      parted[count] = hasParts ? 1 : 0;
      if (hasParts) {
        // An expression's \b holds at a hyphen or an apostrophe: "deny" is a word of "deny-all",
        // "single-binary" ends in "binary" and "can" starts "can't". So every run of parts is looked
        // up too, of at most as many parts as an entry's word has (which keeps "micro-micro-..." linear).
        for (let from = start; from < end; from = partEnd(text, from, end) + 1) {
          for (let to = partEnd(text, from, end), parts = 1; parts <= maxParts; parts++) {
            if (to > from && !(from === start && to === end)) {
              const part = trie.find(text, from, to);
              low |= wordGroups(part, false);
              high |= wordGroups(part, true);
            }
            if (to >= end) break;
            to = partEnd(text, to + 1, end);
          }
        }
      }
      for (const phrase of suffixes) {
        const suffix = phrase.words[0] ?? "";
        const endsHere = hasParts
          ? endsWithSuffix(text, start, end, suffix)
          : end - start > suffix.length && text.startsWith(suffix, end - suffix.length);
        if (endsHere) found.add(phrase.group);
      }
      if (space === -1) break;
      start = space + 1;
    }
    count += 1;
    found.low |= low;
    found.high |= high;
    /** Word `at` is `node`, or (for the last word of a phrase) starts with a run of parts that is. */
    const wordIs = (node: number, at: number, last: boolean, prefixLast: boolean): boolean => {
      if (last && prefixLast) return trie.leadsTo(node, deepest[at] ?? 0);
      if (exact[at] === node) return true;
      if (!last) return false;
      if (parted[at] !== 1) return false;
      const start = starts[at] ?? 0;
      const end = ends[at] ?? 0;
      for (let to = partEnd(text, start, end), parts = 1; parts < maxParts && to < end; parts++) {
        if (trie.find(text, start, to) === node) return true;
        to = partEnd(text, to + 1, end);
      }
      return false;
    };
    const matches = (phrase: Phrase, at: number): boolean => {
      const { nodes } = phrase;
      if (at + nodes.length > count) return false;
      // The first word was chosen by the caller.
      for (let k = 1; k < nodes.length; k++) {
        if (!wordIs(nodes[k] ?? 0, at + k, k === nodes.length - 1, phrase.prefixLast)) return false;
      }
      return true;
    };
    const tryPhrasesFrom = (first: number, i: number): void => {
      const entries = longerAt[first];
      if (!entries) return;
      const second = exact[i + 1] ?? -1;
      // A second word made of parts may end the phrase with its first part only: try them all.
      const candidates =
        parted[i + 1] === 1
          ? entries.anySecond
          : second >= 0
            ? (entries.bySecond.get(second) ?? NONE_PHRASES)
            : NONE_PHRASES;
      for (const phrase of candidates) {
        if (!found.hasId(phrase.group) && matches(phrase, i)) found.add(phrase.group);
      }
      for (const phrase of entries.prefixSecond) {
        if (!found.hasId(phrase.group) && matches(phrase, i)) found.add(phrase.group);
      }
    };
    for (let i = 0; i + 1 < count; i++) {
      const first = exact[i] ?? -1;
      if (first >= 0) tryPhrasesFrom(first, i);
      if (parted[i] !== 1) continue;
      const start = starts[i] ?? 0;
      const end = ends[i] ?? 0;
      // A phrase may also start with the last parts of a word ("the east-west traffic" ... "west
      // traffic", "flags-were now" ... "were now"), however many parts come before them. Each look-up
      // stops where the trie does, so a word of thousands of parts still costs time in proportion.
      for (let from = partEnd(text, start, end) + 1; from < end; from = partEnd(text, from, end) + 1) {
        const node = trie.find(text, from, end);
        if (node >= 0) tryPhrasesFrom(node, i);
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
  }
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
  /** The most parts (between hyphens and apostrophes) that a word of an entry has. */
  readonly maxParts: number;
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
    for (const entry of entries.flatMap(apostropheSpellings)) {
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
      const nodes = spaced.map((word) => builder.add(word));
      const [first = 0, second] = nodes;
      if (second === undefined) {
        if (prefixLast) builder.mark(first, group);
        else push(whole, first, group);
      } else {
        const starts: LongerEntries = longer.get(first) ?? {
          bySecond: new Map(),
          prefixSecond: [],
          anySecond: [],
        };
        longer.set(first, starts);
        if (nodes.length === 2 && prefixLast) starts.prefixSecond.push({ nodes, group, prefixLast });
        else push(starts.bySecond, second, { nodes, group, prefixLast });
      }
    }
  }
  for (const entries of longer.values()) entries.anySecond.push(...[...entries.bySecond.values()].flat());
  const trie = builder.build();
  // Arrays by node, looked up for every word: the groups of the prefix entries on the way to it and
  // of the one-word entries it completes, as bits (see nodeMasks).
  const onPath = nodeMasks(builder.size(), (node) => trie.marksOnPath(node), groupIds);
  const wholeAt = nodeMasks(builder.size(), (node) => whole.get(node) ?? [], groupIds);
  const longerAt = byNode(longer, builder.size());
  const oneWordSuffixed = suffixed.filter((phrase) => phrase.words.length === 1);
  const suffixesWithoutApostrophe = oneWordSuffixed.filter((phrase) => !phrase.words[0]?.includes("'"));
  const longerSuffixed = suffixed.filter((phrase) => phrase.words.length > 1);
  const maxParts = Math.max(
    1,
    ...Object.values(lexicons)
      .flat()
      .flatMap((entry) =>
        spacePunctuation(entry)
          .split(" ")
          .map((word) => word.split(/['-]/).length),
      ),
  );
  return {
    trie,
    onPath,
    wholeAt,
    longerAt,
    oneWordSuffixed,
    suffixesWithoutApostrophe,
    longerSuffixed,
    maxParts,
  };
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

/**
 * An entry as its expression reads it: each apostrophe may be left out ("isn't" matches "isnt"),
 * except in a suffix entry like *n't, where it is the whole cue.
 */
function apostropheSpellings(entry: string): string[] {
  if (entry.startsWith("*") || !entry.includes("'")) return [entry];
  const [first = "", ...rest] = entry.split("'");
  return rest.reduce<string[]>(
    (spellings, part) => spellings.flatMap((spelling) => [`${spelling}'${part}`, `${spelling}${part}`]),
    [first],
  );
}
