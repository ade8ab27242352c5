import { isSpace } from "./space-punctuation";

/** A sentence of the folded text: [start, end) in folded coordinates. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "vs",
  "etc",
  "a.k.a",
  "aka",
  "approx",
  "inc",
  "mr",
  "ms",
  "dr",
  "cf",
  "eg",
  "ie",
  "fig",
  "no",
]);

/** Longer stretches are cut so that no single "sentence" makes a pattern scan expensive. */
export const MAX_SENTENCE_LENGTH = 600;

/**
 * Splits at line breaks, at ; at . ! ? followed by a space (but not after common abbreviations),
 * keeping the closing punctuation, since "?" matters to the question rules, and before the number of
 * a list item that follows a comma.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    pushChunks(text, start, end, spans);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === SEMICOLON) {
      close(i + 1);
    } else if (isInlineItemNumber(text, i)) {
      // "priorities: (1) finish microsegmentation, (2) retire three microservices": each item is
      // its own statement, however the list is punctuated.
      close(i);
    } else if (code === PERIOD || code === 0x21 || code === 0x3f) {
      let j = i;
      while (j + 1 < text.length && CLOSERS.includes(text.charCodeAt(j + 1))) j++;
      const next = text.charCodeAt(j + 1);
      if (j + 1 < text.length && next !== 0x20 && next !== NEWLINE) continue;
      if (code === PERIOD && isAbbreviation(text, i)) continue;
      close(j + 1);
      i = j;
    }
  }
  close(text.length);
  return spans;
}

const NEWLINE = 0x0a;
const SEMICOLON = 0x3b;
const PERIOD = 0x2e;
const SPACE = 0x20;
const COMMA = 0x2c;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
/** . ! ? ) " ' : what may close a sentence after its mark. */
const CLOSERS: readonly number[] = [0x2e, 0x21, 0x3f, 0x29, 0x22, 0x27];

/**
 * Whether a list item's number starts at `at`: "(2)" or "2)" after a comma and a space, a single
 * digit so that "(2019)" or "v2)" stay put. Items without commas ("agenda: 1) service boundaries
 * 2) API contracts") are often one thought spread over a line, and stay together. "we use 1, 2) and
 * 3) tiers" splits too, harmlessly: its parts name no term.
 */
function isInlineItemNumber(text: string, at: number): boolean {
  // Called for every character: the comma before is the rarest part, so it is checked first.
  if (at < 2 || text.charCodeAt(at - 2) !== COMMA || text.charCodeAt(at - 1) !== SPACE) return false;
  const open = text.charCodeAt(at) === OPEN_PAREN ? 1 : 0;
  const digit = text.charCodeAt(at + open);
  return digit >= 0x31 && digit <= 0x39 && text.charCodeAt(at + open + 1) === CLOSE_PAREN;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  for (let code = text.charCodeAt(k - 1); k > 0 && ((code >= 0x61 && code <= 0x7a) || code === PERIOD); ) {
    k--;
    code = text.charCodeAt(k - 1);
  }
  return ABBREVIATIONS.has(text.slice(k, dot));
}

function pushChunks(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let from = start;
  while (from < end) {
    while (from < end && isSpace(text.charCodeAt(from))) from++;
    if (from >= end) return;
    let to = Math.min(end, from + MAX_SENTENCE_LENGTH);
    if (to < end) {
      const space = text.lastIndexOf(" ", to);
      if (space > from + MAX_SENTENCE_LENGTH / 2) to = space;
    }
    spans.push({ start: from, end: to });
    from = to;
  }
}
