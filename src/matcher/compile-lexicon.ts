import { spacePunctuation } from "./space-punctuation";

/**
 * Turns a lexicon group (lowercase phrases; a trailing * allows any ending, a leading * any word
 * start, as in "*n't") into one regular-expression source that matches any phrase on word
 * boundaries. Phrases that start with a letter or digit share one leading \b, which lets the engine
 * skip most positions quickly; longer phrases come first so "the same thing" wins over "the same".
 * Those phrases are grouped by their first letter, so a position is tried against the phrases that
 * can start there rather than against all of them; it matches exactly what the flat list matches,
 * since phrases with different first letters never match at the same place, and within a letter
 * the order is kept.
 */
export function lexiconSource(entries: readonly string[]): string {
  // The rules, the gates and the prefilter each ask for the same groups: build each source once.
  const known = sources.get(entries);
  if (known !== undefined) return known;
  const source = buildSource(entries);
  sources.set(entries, source);
  return source;
}

const sources = new WeakMap<readonly string[], string>();

function buildSource(entries: readonly string[]): string {
  const { wordStart, other } = lexiconAlternatives(entries);
  const groups = [
    ...(wordStart.length > 0 ? [`\\b(?:${byFirstLetter(wordStart).join("|")})`] : []),
    ...other,
  ];
  return `(?:${groups.join("|")})`;
}

/**
 * One expression per phrase, longest first: those that start a word (they share one leading \b)
 * and the others. Joined as they are, they match what the grouped source matches.
 */
export function lexiconAlternatives(entries: readonly string[]): { wordStart: string[]; other: string[] } {
  const wordStart: string[] = [];
  const other: string[] = [];
  for (const entry of [...entries].sort((a, b) => b.length - a.length)) {
    const wildcard = entry.endsWith("*");
    const anyStart = entry.startsWith("*");
    const phrase = spacePunctuation(entry.slice(anyStart ? 1 : 0, wildcard ? -1 : undefined));
    // A straight apostrophe may be left out ("isnt"), except in a suffix entry like *n't, where it is the whole cue.
    const body = anyStart ? escapeRegExp(phrase) : escapeRegExp(phrase).replace(/'/g, "'?");
    const after = wildcard ? "[a-z0-9'-]*" : /[a-z0-9]$/.test(phrase) ? "\\b" : "";
    if (anyStart) other.push(`[a-z0-9]+${body}${after}`);
    else if (/^[a-z0-9]/.test(phrase)) wordStart.push(`${body}${after}`);
    else other.push(`${body}${after}`);
  }
  return { wordStart, other };
}

/** "abc|abd|xy" as "ab(?:c|d)|xy" at the first character: every alternative starts with a plain letter or digit. */
function byFirstLetter(alternatives: readonly string[]): string[] {
  const rests = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const first = alternative.charAt(0);
    const rest = rests.get(first);
    if (rest) rest.push(alternative.slice(1));
    else rests.set(first, [alternative.slice(1)]);
  }
  return [...rests].map(([first, list]) =>
    list.length === 1 ? `${first}${list[0]}` : `${first}(?:${list.join("|")})`,
  );
}

/** Longer literals tell phrases apart no better and make the literal scanner bigger. */
const LEXICON_LITERAL_LENGTH = 6;

/**
 * Strings one of which every match of the group's expression contains: for each phrase, its rarest
 * word among the stretches between apostrophes (an optional apostrophe splits a phrase, but each
 * stretch is always there whole), or its longest stretch when it has only short, common words; cut
 * to `length` characters. A long word ("different") rules out far more sentences than the phrase's
 * start ("the ", "it"). Undefined when some phrase offers no such string.
 */
export function lexiconLiterals(
  entries: readonly string[],
  length = LEXICON_LITERAL_LENGTH,
): string[] | undefined {
  // The gates and the prefilter's analysis each ask for the same groups: work each out once.
  if (length !== LEXICON_LITERAL_LENGTH) return findLexiconLiterals(entries, length);
  if (!literalsOf.has(entries)) literalsOf.set(entries, findLexiconLiterals(entries, length));
  const known = literalsOf.get(entries);
  return known ? [...known] : undefined;
}

const literalsOf = new WeakMap<readonly string[], readonly string[] | undefined>();

function findLexiconLiterals(entries: readonly string[], length: number): string[] | undefined {
  // No phrase at all compiles to an empty expression, which matches anywhere.
  if (entries.length === 0) return undefined;
  const literals = new Set<string>();
  for (const entry of entries) {
    const anyStart = entry.startsWith("*");
    const phrase = spacePunctuation(entry.slice(anyStart ? 1 : 0, entry.endsWith("*") ? -1 : undefined));
    // In a suffix entry (*n't) the apostrophe is required, so the phrase is one stretch.
    const stretches = anyStart ? [phrase] : phrase.split("'");
    const words = stretches.flatMap((stretch) => stretch.split(" ")).filter((word) => word !== "");
    const word = words.reduce((kept, next) => (rarity(next) > rarity(kept) ? next : kept), words[0] ?? "");
    // Short and common words only ("i . e ."): a whole stretch is rarer than any of them.
    const stretch = stretches.reduce(
      (kept, next) => (next.trim().length > kept.length ? next.trim() : kept),
      "",
    );
    const best = rarity(word) >= 2 ? word : stretch;
    if (best === "") return undefined;
    literals.add(best.slice(0, length));
  }
  return [...literals];
}

/** Words nearly every sentence has: a phrase's other words tell more. */
const COMMON_WORDS = new Set(
  "a an and are as at be but by do does for he i if in is it its not of on or she so than that the they this to was we with you".split(
    " ",
  ),
);

/** Longer words are rarer; a common word comes after any other, a single character after all. */
function rarity(word: string): number {
  if (word.length <= 1) return 0.1;
  return COMMON_WORDS.has(word) ? 0.5 + word.length / 100 : word.length;
}

export function compileLexicon(entries: readonly string[]): RegExp {
  return new RegExp(lexiconSource(entries));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
