import type { RegexNode } from "./parse-regex";

/**
 * Groups whose tree is given rather than read (a whole lexicon spliced into a pattern), found by
 * their first few characters so that no group needs to be measured or hashed whole.
 */
export type KnownGroups = ReadonlyMap<string, readonly { readonly text: string; readonly node: RegexNode }[]>;

export const KNOWN_KEY_LENGTH = 24;

export function knownGroups(groups: Iterable<readonly [text: string, node: RegexNode]>): KnownGroups {
  const known = new Map<string, { text: string; node: RegexNode }[]>();
  for (const [text, node] of groups) {
    const key = text.slice(0, KNOWN_KEY_LENGTH);
    known.set(key, [...(known.get(key) ?? []), { text, node }]);
  }
  return known;
}
