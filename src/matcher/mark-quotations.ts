import { isSpace } from "./space-punctuation";

/**
 * Chat writers quote with single quotes as often as double ones. A pair of standalone single quotes
 * around three or more words is a citation, so it becomes a pair of double quotes (which the report
 * gate understands); quotes around a word or two are emphasis and are left alone. Same length out.
 */
export function markQuotations(text: string): string {
  // A quote is standalone unless it sits between two letters or digits ("it's").
  const standalone: number[] = [];
  for (let at = text.indexOf("'"); at !== -1; at = text.indexOf("'", at + 1)) {
    if (!(isWordChar(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at + 1)))) standalone.push(at);
  }
  let out = text;
  for (let k = 0; k + 1 < standalone.length; k += 2) {
    const open = standalone[k] ?? 0;
    const close = standalone[k + 1] ?? 0;
    if (countWords(text, open + 1, close, 3) >= 3) {
      out = `${out.slice(0, open)}"${out.slice(open + 1, close)}"${out.slice(close + 1)}`;
    }
  }
  return out;
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Runs of non-space characters in text[from, to), counted up to `enough`. */
function countWords(text: string, from: number, to: number, enough: number): number {
  let words = 0;
  let inWord = false;
  for (let at = from; at < to && words < enough; at++) {
    const space = isSpace(text.charCodeAt(at));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}
