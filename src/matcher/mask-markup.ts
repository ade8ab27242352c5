import { allMatches } from "./all-matches";
import { EYE_ROLL_CODES } from "./is-sarcastic";

/**
 * Blanks out what is chat markup rather than the author's prose, keeping every other character at
 * its index so offsets into the result are offsets into the original message. Code, quoted lines,
 * user/channel mentions, URLs and emoji codes become spaces; a link's label stays, since it is prose,
 * and an eye-roll code becomes its emoji (see is-sarcastic.ts).
 * Every scan here is a single pass or a bounded regular expression, so the cost stays linear.
 */
export function maskMarkup(text: string): string {
  // Most messages carry no markup at all: skip the passes.
  if (!/[`<>:&]|https?:/.test(text)) return text;
  // Characters are copied out only once something is blanked; each pass reads the text as the
  // passes before it left it, and runs only if the character it looks for is there.
  let current = text;
  let chars: string[] | undefined;
  const blank = (start: number, end: number): void => {
    chars ??= current.split("");
    for (let i = start; i < end; i++) if (chars[i] !== "\n") chars[i] = " ";
  };
  const settle = (): void => {
    if (chars) current = chars.join("");
    chars = undefined;
  };

  if (text.includes("```")) blankFencedCode(text, blank);
  if (text.includes(">") || text.includes("&gt;")) blankQuotedLines(text, blank);
  settle();

  if (current.includes("`")) {
    for (const match of allMatches(BACKTICKED, current)) {
      // Backticked words are emphasis ("`microservices`", "`Microsegmentation = Microservices`"), not
      // code: keep the words, drop the ticks. Code has dots, brackets, colons, underscores, flags
      // ("-f", "--x"), paths ("src/a/b"), tags ("<at>") or an unspaced "=" or "==".
      const inside = match[1] ?? "";
      if (/^[\p{L}\p{N} ',=<>/→←⇔-]{1,80}$/u.test(inside) && !CODE_SIGNS.test(inside)) {
        blank(match.index, match.index + 1);
        blank(match.index + match[0].length - 1, match.index + match[0].length);
      } else {
        blank(match.index, match.index + match[0].length);
      }
    }
    settle();
  }

  if (current.includes("<")) {
    for (const match of allMatches(TAG, current)) {
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
    settle();
  }

  // A URL needs "http" and a colon, an emoji code ":name:" two colons: most text has neither.
  const colon = current.indexOf(":");
  if (colon !== -1 && (current.indexOf(":", colon + 1) !== -1 || /http/i.test(current))) {
    for (const match of allMatches(URL_OR_EMOJI, current)) {
      blank(match.index, match.index + match[0].length);
      // Codes come in runs (":thinking_face::rolling_eyes:", ":+1::skin-tone-2:"); an eye-roll among
      // them stays, as its emoji, in its first characters. Inside a quote or code it is blanked already.
      if (match[0].startsWith(":"))
        for (const code of allMatches(ONE_EMOJI_CODE, match[0])) {
          const emoji = EYE_ROLL_CODES.get(code[0].toLowerCase());
          const at = match.index + code.index;
          if (emoji && chars) for (let i = 0; i < emoji.length; i++) chars[at + i] = emoji[i] ?? " ";
        }
    }
    settle();
  }
  return current;
}

const BACKTICKED = /`([^`\n]{0,2000})`/g;
// A single slash joins two words ("microservices/microseg"); a path has two, or starts with one.
// "a=b" is code; "X == Y" between spaces is an equation written in ticks, which the author asserts.
const CODE_SIGNS = /--|[^\s=!<>]=|=[^\s=]|(?:^|\s)\.{0,2}\/|\/\S*\/|(?:^|\s)-[a-z]|<[a-z@#!]/i;
// Slack: <@U123>, <#C123|name>, <!here>, <https://x|label>, <mailto:a@b>; Teams: <at>Name</at>, HTML tags.
const TAG =
  /<at>[^<]{0,200}<\/at>|<([@#!][^<>\s]{0,200}|(?:https?|mailto):[^<>|\s]{0,2000})(\|[^<>]{0,500})?>|<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/gi;
const URL_OR_EMOJI = /\bhttps?:\/\/[^\s<>]{1,2000}|(?<![\w:])(?::[a-z0-9_+'-]{1,60}:){1,8}(?!\w)/gi;
const ONE_EMOJI_CODE = /:[a-z0-9_+'-]{1,60}:/gi;

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
