import type { SentenceSpan } from "./split-sentences";
import type { SpottedTerm } from "./spot-terms";

/**
 * One sentence as the rules read it: folded text with every term replaced by a placeholder
 * (SVC, SVCV, SEG, SEGV; uppercase never occurs in folded text, so it cannot collide) and
 * Slack emphasis characters removed.
 */
export interface PreparedSentence {
  readonly text: string;
  readonly terms: readonly SpottedTerm[];
  readonly hasServices: boolean;
  readonly hasSegmentation: boolean;
  /** Placeholder start offsets in `text`, parallel to `terms`. */
  readonly slots: readonly number[];
}

export function prepareSentence(
  folded: string,
  span: SentenceSpan,
  terms: readonly SpottedTerm[],
): PreparedSentence {
  const inside = terms.filter((term) => term.foldedStart >= span.start && term.foldedEnd <= span.end);
  const parts: string[] = [];
  const slots: number[] = [];
  let length = 0;
  let cursor = span.start;
  const append = (value: string): void => {
    parts.push(value);
    length += value.length;
  };
  for (const term of inside) {
    append(stripEmphasis(folded.slice(cursor, term.foldedStart)));
    slots.push(length);
    append(placeholder(term));
    cursor = term.foldedEnd;
  }
  append(stripEmphasis(folded.slice(cursor, span.end)));
  return {
    text: parts.join(""),
    terms: inside,
    slots,
    hasServices: inside.some((term) => term.occurrence.term === "microservices"),
    hasSegmentation: inside.some((term) => term.occurrence.term === "microsegmentation"),
  };
}

/** Rebuilds a stretch of the sentence for people, with each placeholder back to what the author wrote. */
export function renderSpan(sentence: PreparedSentence, start: number, end: number): string {
  let out = "";
  let cursor = start;
  sentence.slots.forEach((slot, index) => {
    const term = sentence.terms[index];
    if (!term || slot < start || slot >= end) return;
    out += sentence.text.slice(cursor, slot) + term.occurrence.text;
    cursor = slot + placeholder(term).length;
  });
  return (out + sentence.text.slice(cursor, end)).trim();
}

function placeholder(term: SpottedTerm): string {
  const base = term.occurrence.term === "microservices" ? "SVC" : "SEG";
  return term.role === "verb" ? `${base}V` : base;
}

function stripEmphasis(text: string): string {
  return text.replace(/[*~]+/g, "").replace(/(^|[^a-z0-9])_+|_+(?=$|[^a-z0-9])/g, "$1");
}
