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

/**
 * What rules may ask about the message as a whole. `answers` keeps lexicon answers about it (a
 * verdict by condition, a cue count by group) for all its sentences.
 */
export interface MessageFacts {
  readonly hasServices: boolean;
  readonly hasSegmentation: boolean;
  readonly text: string;
  /** The message as the author wrote it: what folding loses (capitals) matters to a few readings. */
  readonly written: string;
  readonly answers: Map<string, boolean | number>;
  /** Whether the text holds one of = < * ~ _ at all: without them no sentence has markup to tidy. */
  readonly hasMarkup: boolean;
}

export function describeMessage(
  folded: string,
  terms: readonly SpottedTerm[],
  written: string,
): MessageFacts {
  return {
    hasServices: terms.some((term) => term.occurrence.term === "microservices"),
    hasSegmentation: terms.some((term) => term.occurrence.term === "microsegmentation"),
    text: folded,
    written,
    answers: new Map(),
    hasMarkup: hasMarkup(folded),
  };
}

export function prepareSentence(
  folded: string,
  span: SentenceSpan,
  terms: readonly SpottedTerm[],
  message: MessageFacts,
): PreparedSentence {
  const inside = terms.filter((term) => term.foldedStart >= span.start && term.foldedEnd <= span.end);
  // The sentence is its stretches of prose and its placeholders, joined by single spaces; a stretch
  // left empty (two terms side by side) adds nothing.
  const pieces: string[] = [];
  const slots: number[] = [];
  let length = 0;
  const append = (piece: string): void => {
    if (pieces.length > 0) length += 1;
    pieces.push(piece);
    length += piece.length;
  };
  let cursor = span.start;
  for (const term of inside) {
    const prose = tidy(folded, cursor, term.foldedStart, message.hasMarkup);
    if (prose !== "") append(prose);
    slots.push(pieces.length === 0 ? 0 : length + 1);
    append(placeholder(term));
    cursor = term.foldedEnd;
  }
  const rest = tidy(folded, cursor, span.end, message.hasMarkup);
  if (rest !== "") append(rest);
  return {
    // Joined, the text is one flat string: every later scan of it reads characters faster than from
    // a chain of concatenations.
    text: pieces.join(" "),
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

/**
 * Emphasis marks go and punctuation gets its own spaces; the result has single spaces and none at
 * either end. Each replacement runs only when the characters it needs are there: most stretches of
 * prose need none of them.
 */
function tidy(folded: string, start: number, end: number, markup: boolean): string {
  const chunk = markup ? folded.slice(start, end) : "";
  // Read in place when there is no markup, so most stretches are never cut out as strings.
  const spaced =
    markup && hasMarkup(chunk)
      ? spacePunctuation(withoutMarkup(chunk))
      : spacePunctuation(folded, start, end);
  // Single quotes around a word are emphasis in chat ('microsegmented'), not a citation: drop them.
  if (!hasBareQuote(spaced)) return spaced;
  return spaced
    .replace(/(^| )'+(?= |$)/g, "$1")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Whether the text holds one of = < * ~ _ , without which withoutMarkup changes nothing. */
function hasMarkup(text: string): boolean {
  // Five searches in native code are quicker than one loop over the characters here.
  return (
    text.includes("=") || text.includes("<") || text.includes("*") || text.includes("~") || text.includes("_")
  );
}

function withoutMarkup(text: string): string {
  let plain = text;
  if (plain.includes("=") || plain.includes("<>")) plain = plain.replace(/!=|=\/=|=\\=|<>/g, " is not ");
  if (plain.includes("*") || plain.includes("~")) {
    plain = plain
      // Emphasis marks hug words (*bold*, ~strike~); a free-standing ~ means "about the same as" and stays.
      .replace(/[*~]+(?=[a-z0-9])|(?<=[a-z0-9])[*~]+/g, " ")
      .replace(/\*+/g, " ");
  }
  if (plain.includes("_")) plain = plain.replace(/(^|[^a-z0-9])_+|_+(?=$|[^a-z0-9])/g, "$1 ");
  return plain;
}

/** A word made of apostrophes only ("it's" is not one): the only thing the quote clean-up removes. */
function hasBareQuote(spaced: string): boolean {
  for (let at = spaced.indexOf("'"); at !== -1; at = spaced.indexOf("'", at + 1)) {
    if (at > 0 && spaced[at - 1] !== " ") continue;
    let end = at;
    while (spaced[end] === "'") end++;
    if (end === spaced.length || spaced[end] === " ") return true;
  }
  return false;
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
