/**
 * Blanks out what is chat markup rather than the author's prose, keeping every other character at
 * its index so offsets into the result are offsets into the original message. Code, quoted lines,
 * user/channel mentions, URLs and emoji codes become spaces; a link's label stays, since it is prose.
 * Every scan here is a single pass or a bounded regular expression, so the cost stays linear.
 */
export function maskMarkup(text: string): string {
  // Most messages carry no markup at all: skip the passes.
  if (!/[`<>:&]|https?:/.test(text)) return text;
  const chars = text.split("");
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  };

  blankFencedCode(text, blank);
  blankQuotedLines(text, blank);

  const current = chars.join("");
  for (const match of current.matchAll(/`([^`\n]{0,2000})`/g)) {
    // A backticked word or two is emphasis ("`microservices`"), not code: keep the words, drop the ticks.
    if (/^[\p{L} '-]{1,40}$/u.test(match[1] ?? "")) {
      blank(match.index, match.index + 1);
      blank(match.index + match[0].length - 1, match.index + match[0].length);
    } else {
      blank(match.index, match.index + match[0].length);
    }
  }

  const afterCode = chars.join("");
  // Slack: <@U123>, <#C123|name>, <!here>, <https://x|label>, <mailto:a@b>; Teams: <at>Name</at>, HTML tags.
  for (const match of afterCode.matchAll(
    /<at>[^<]{0,200}<\/at>|<([@#!][^<>\s]{0,200}|(?:https?|mailto):[^<>|\s]{0,2000})(\|[^<>]{0,500})?>|<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/gi,
  )) {
    const whole = match[0];
    const label = match[2];
    const isLink = match[1] !== undefined && !/^[@#!]/.test(match[1]);
    if (isLink && label) {
      // `label` starts with the "|", so this blanks the target and the bar and keeps the words.
      blank(match.index, match.index + whole.length - label.length);
      blank(match.index + whole.length - 1, match.index + whole.length);
    } else {
      blank(match.index, match.index + whole.length);
    }
  }
  const afterTags = chars.join("");
  for (const match of afterTags.matchAll(
    /\bhttps?:\/\/[^\s<>]{1,2000}|(?<![\w:]):[a-z0-9_+'-]{1,60}:(?!\w)/gi,
  )) {
    blank(match.index, match.index + match[0].length);
  }
  return chars.join("");
}

function blankFencedCode(text: string, blank: (start: number, end: number) => void): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf("```", from);
    if (open < 0) return;
    const close = text.indexOf("```", open + 3);
    const end = close < 0 ? text.length : close + 3;
    blank(open, end);
    from = end;
  }
}

function blankQuotedLines(text: string, blank: (start: number, end: number) => void): void {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 8)).trimStart();
    if (line.startsWith(">") || line.startsWith("&gt;")) blank(lineStart, lineEnd);
    if (newline < 0) return;
    lineStart = newline + 1;
  }
}
