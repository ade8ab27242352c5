import { spacePunctuation } from "./space-punctuation";
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
  /** Facts about the whole message, shared by its sentences. */
  readonly message: MessageFacts;
  /** Placeholder start offsets in `text`, parallel to `terms`. */
  readonly slots: readonly number[];
}

/** What rules may ask about the message as a whole; `verdicts` caches lexicon answers for it. */
export interface MessageFacts {
  readonly hasServices: boolean;
  readonly hasSegmentation: boolean;
  readonly text: string;
  readonly verdicts: Map<string, boolean>;
}

export function describeMessage(folded: string, terms: readonly SpottedTerm[]): MessageFacts {
  return {
    hasServices: terms.some((term) => term.occurrence.term === "microservices"),
    hasSegmentation: terms.some((term) => term.occurrence.term === "microsegmentation"),
    text: folded,
    verdicts: new Map(),
  };
}

export function prepareSentence(
  folded: string,
  span: SentenceSpan,
  terms: readonly SpottedTerm[],
  message: MessageFacts,
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
    append(tidy(folded.slice(cursor, term.foldedStart), parts.length === 0));
    slots.push(length);
    append(placeholder(term));
    cursor = term.foldedEnd;
  }
  append(tidy(folded.slice(cursor, span.end), parts.length === 0).trimEnd());
  return {
    text: parts.join(""),
    terms: inside,
    slots,
    hasServices: inside.some((term) => term.occurrence.term === "microservices"),
    hasSegmentation: inside.some((term) => term.occurrence.term === "microsegmentation"),
    message,
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
  if (term.role === "verb") return `${base}V`;
  // One service ("the auth microservice") reads differently from the architecture: keep it apart.
  return term.role === "count" && base === "SVC" ? "SVCS" : base;
}

/** Emphasis marks go, punctuation gets its own spaces; the gap around placeholders stays one space. */
function tidy(text: string, atStart: boolean): string {
  const plain = text
    .replace(/!=|=\/=|=\\=|<>/g, " is not ")
    // Emphasis marks hug words (*bold*, ~strike~); a free-standing ~ means "about the same as" and stays.
    .replace(/[*~]+(?=[a-z0-9])|(?<=[a-z0-9])[*~]+/g, " ")
    .replace(/\*+/g, " ")
    .replace(/(^|[^a-z0-9])_+|_+(?=$|[^a-z0-9])/g, "$1 ");
  // Single quotes around a word are emphasis in chat ('microsegmented'), not a citation: drop them.
  const spaced = spacePunctuation(plain)
    .replace(/(^| )'+(?= |$)/g, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
  if (spaced === "") return atStart ? "" : " ";
  return `${atStart ? "" : " "}${spaced} `;
}

/**
 * Two neighbouring sentences read as one, for claims that span a full stop ("the auditors want
 * microsegmentation. that means rewriting everything as microservices").
 */
export function joinSentences(first: PreparedSentence, second: PreparedSentence): PreparedSentence {
  const offset = first.text.length + 1;
  return {
    text: `${first.text} ${second.text}`,
    terms: [...first.terms, ...second.terms],
    slots: [...first.slots, ...second.slots.map((slot) => slot + offset)],
    hasServices: first.hasServices || second.hasServices,
    hasSegmentation: first.hasSegmentation || second.hasSegmentation,
    message: first.message,
  };
}
