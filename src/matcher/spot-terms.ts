import type { DamerauLevenshteinDistance } from "natural/lib/natural/distance";
import type { Knowledge } from "../knowledge/load-knowledge";
import type { FoldedText } from "./fold-text";
import type { Term, TermOccurrence } from "./types";

/** A term found in the folded text, with its span there and its grammatical role. */
export interface SpottedTerm {
  readonly occurrence: TermOccurrence;
  readonly role: "noun" | "count" | "verb";
  /** Span in the folded text. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
}

export interface TermSpotter {
  spot(folded: FoldedText, original: string): SpottedTerm[];
}

interface Candidate {
  readonly form: string;
  readonly term: Term;
  readonly role: "noun" | "count" | "verb";
}

export function createTermSpotter(knowledge: Knowledge): TermSpotter {
  const never = new Set(knowledge.fuzzy.never);
  const candidates: Candidate[] = [...knowledge.forms.entries()]
    .filter(([form]) => form.length >= knowledge.fuzzy.min_length - 2)
    .map(([form, { term, role }]) => ({ form, term, role }));
  const fuzzyCache = new Map<string, Candidate | null>();
  const candidateBigrams = new Set(candidates.flatMap((candidate) => bigrams(candidate.form)));

  const fuzzyMatch = (word: string): Candidate | undefined => {
    const cached = fuzzyCache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    if (!sharesEnoughBigrams(word, candidateBigrams)) return undefined;
    const found = computeFuzzyMatch(word, candidates, knowledge.fuzzy, never);
    if (fuzzyCache.size > 5000) fuzzyCache.clear();
    fuzzyCache.set(word, found ?? null);
    return found;
  };

  return {
    spot(folded, original) {
      const found: SpottedTerm[] = [];
      let fuzzyBudget = MAX_FUZZY_LOOKUPS;
      for (const { word, index } of mWords(folded.text)) {
        const exact = knowledge.forms.get(word);
        // A bounded number of typo look-ups per message: a flood of distinct m-words cannot make it slow.
        const hit = exact ? { form: word, ...exact } : fuzzyBudget-- > 0 ? fuzzyMatch(word) : undefined;
        if (!hit) continue;
        const start = folded.origin[index] ?? 0;
        const lastOrigin = folded.origin[index + word.length - 1] ?? start;
        const end = lastOrigin + codePointWidth(original, lastOrigin);
        found.push({
          occurrence: {
            term: hit.term,
            text: original.slice(start, end),
            start,
            end,
            via: exact ? "variant" : "fuzzy",
          },
          role: hit.role,
          foldedStart: index,
          foldedEnd: index + word.length,
        });
      }
      return found;
    },
  };
}

const MAX_FUZZY_LOOKUPS = 64;

/**
 * The words (runs of [a-z0-9]) of six letters or more that start with "m": only those can be terms.
 * Found by jumping from one "m" to the next rather than walking every word.
 */
function mWords(text: string): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  for (let at = text.indexOf("m"); at !== -1; at = text.indexOf("m", at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (end - at >= 6) words.push({ word: text.slice(at, end), index: at });
    at = end - 1;
  }
  return words;
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function bigrams(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/**
 * Two edits change at most four letter pairs, so a real typo of a listed form keeps most of its
 * pairs. Most m-words share few of them and are ruled out before the costlier edit distance.
 */
function sharesEnoughBigrams(word: string, known: ReadonlySet<string>): boolean {
  const pairs = bigrams(word);
  const shared = pairs.filter((pair) => known.has(pair)).length;
  return shared >= pairs.length - 4;
}

function computeFuzzyMatch(
  word: string,
  candidates: readonly Candidate[],
  settings: Knowledge["fuzzy"],
  never: ReadonlySet<string>,
): Candidate | undefined {
  if (word.length < settings.min_length || never.has(word)) return undefined;
  const allowed = word.length >= settings.two_edits_from_length ? 2 : 1;
  let best: { candidate: Candidate; distance: number } | undefined;
  let bestOther = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (Math.abs(candidate.form.length - word.length) > allowed) continue;
    const distance = restrictedEditDistance(word, candidate.form);
    if (!best || distance < best.distance) {
      if (best && best.candidate.term !== candidate.term) bestOther = Math.min(bestOther, best.distance);
      best = { candidate, distance };
    } else if (candidate.term !== best.candidate.term) {
      bestOther = Math.min(bestOther, distance);
    }
  }
  if (!best || best.distance > allowed) return undefined;
  // Too close to both terms means we cannot tell which one the author meant: do not guess.
  if (bestOther <= best.distance + 1) return undefined;
  return best.candidate;
}

function codePointWidth(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}

let damerauLevenshtein: typeof DamerauLevenshteinDistance | undefined;

/**
 * natural's restricted Damerau-Levenshtein distance. Its module pulls in underscore (about 20 ms), and
 * most processes meet no near-miss of a term for a while, so it is loaded on the first fuzzy look-up
 * rather than with the matcher.
 */
function restrictedEditDistance(source: string, target: string): number {
  damerauLevenshtein ??= (
    require("natural/lib/natural/distance/levenshtein_distance") as {
      DamerauLevenshteinDistance: typeof DamerauLevenshteinDistance;
    }
  ).DamerauLevenshteinDistance;
  return damerauLevenshtein(source, target, { restricted: true });
}
