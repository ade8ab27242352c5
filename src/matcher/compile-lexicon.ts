import { spacePunctuation } from "./space-punctuation";

/**
 * Turns a lexicon group (lowercase phrases; a trailing * allows any ending, a leading * any word
 * start, as in "*n't") into one regular-expression source that matches any phrase on word
 * boundaries. Phrases that start with a letter or digit share one leading \b, which lets the engine
 * skip most positions quickly; longer phrases come first so "the same thing" wins over "the same".
 */
export function lexiconSource(entries: readonly string[]): string {
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
  const groups = [...(wordStart.length > 0 ? [`\\b(?:${wordStart.join("|")})`] : []), ...other];
  return `(?:${groups.join("|")})`;
}

export function compileLexicon(entries: readonly string[]): RegExp {
  return new RegExp(lexiconSource(entries));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
