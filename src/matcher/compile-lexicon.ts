/**
 * Turns a lexicon group (lowercase phrases, a trailing * for any ending) into one regular-expression
 * source that matches any phrase on word boundaries. Longer phrases come first so "the same thing"
 * wins over "the same".
 */
export function lexiconSource(entries: readonly string[]): string {
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const wildcard = entry.endsWith("*");
      const phrase = wildcard ? entry.slice(0, -1) : entry;
      const body = escapeRegExp(phrase).replace(/'/g, "'?").replace(/ /g, " ");
      const before = /^[a-z0-9]/.test(phrase) ? "(?<![a-z0-9])" : "";
      const after = wildcard ? "[a-z0-9'-]*" : /[a-z0-9]$/.test(phrase) ? "(?![a-z0-9])" : "";
      return `${before}${body}${after}`;
    });
  return `(?:${alternatives.join("|")})`;
}

export function compileLexicon(entries: readonly string[]): RegExp {
  return new RegExp(lexiconSource(entries));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
