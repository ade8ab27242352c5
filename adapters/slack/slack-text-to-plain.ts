/**
 * Slack escapes &, < and > and wraps mentions, channels and links in <...>. The core matches words, so
 * we hand it what a reader sees: labels instead of ids, and the three entities decoded.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_match, inner: string) => renderToken(inner))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Removes every mention of the given user (`<@U123>` or `<@U123|name>`) and tidies the spaces left behind. */
export function removeMention(text: string, userId: string): string {
  const escaped = userId.replace(/[^A-Za-z0-9]/g, (char) => `\\${char}`);
  return text
    .replace(new RegExp(`<@${escaped}(?:\\|[^>]*)?>[,:]?`, "g"), " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** True if the text mentions the given user. */
export function mentions(text: string, userId: string): boolean {
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

const specialMentions: Readonly<Record<string, string>> = {
  "!here": "@here",
  "!channel": "@channel",
  "!everyone": "@everyone",
};

function renderToken(inner: string): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith("@")) {
    return label === undefined ? target : `@${label.replace(/^@/, "")}`;
  }
  if (target.startsWith("#")) {
    return label === undefined ? target : `#${label.replace(/^#/, "")}`;
  }
  if (target.startsWith("!")) {
    return label ?? specialMentions[target] ?? "";
  }
  return label ?? target.replace(/^mailto:/, "");
}
