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
 * Splits at line breaks, at ; and at . ! ? followed by a space (but not after common abbreviations),
 * keeping the closing punctuation, since "?" matters to the question rules.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    pushChunks(text, start, end, spans);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n" || char === ";") {
      close(i + 1);
    } else if (char === "." || char === "!" || char === "?") {
      let j = i;
      while (j + 1 < text.length && /[.!?)"']/.test(text[j + 1] ?? "")) j++;
      const next = text[j + 1];
      if (next !== undefined && next !== " " && next !== "\n") continue;
      if (char === "." && isAbbreviation(text, i)) continue;
      close(j + 1);
      i = j;
    }
  }
  close(text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[a-z.]/.test(text[k - 1] ?? "")) k--;
  return ABBREVIATIONS.has(text.slice(k, dot));
}

function pushChunks(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let from = start;
  while (from < end) {
    while (from < end && /\s/.test(text[from] ?? "")) from++;
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
