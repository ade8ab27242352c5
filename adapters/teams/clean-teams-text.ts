const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntity(match: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower.startsWith("#x")) return codePoint(Number.parseInt(lower.slice(2), 16)) ?? match;
  if (lower.startsWith("#")) return codePoint(Number.parseInt(lower.slice(1), 10)) ?? match;
  return NAMED_ENTITIES[lower] ?? match;
}

function codePoint(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 0x10ffff) return undefined;
  // A decoded no-break space would slip past the whitespace collapse below.
  return value === 0xa0 ? " " : String.fromCodePoint(value);
}

/**
 * Teams message text is HTML-ish: `<at>Name</at>` for mentions, `&nbsp;` after them, sometimes `<p>` or
 * `<br>`. The matcher wants plain words, so other people's mentions keep their names, tags go, entities
 * are decoded once (tags first, so a user's literal `&lt;b&gt;` survives as text), whitespace collapses.
 */
export function cleanTeamsText(text: string): string {
  const withoutTags = text
    .replace(/<at[^>]*>(.*?)<\/at>/gis, "$1")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div)>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  const decoded = withoutTags.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, decodeEntity);
  return decoded
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
