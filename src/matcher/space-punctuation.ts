/**
 * Puts one space around every punctuation mark or symbol, so patterns and lexicon phrases see
 * "microseg , microservices , same thing" whatever spacing the author used. Apostrophes and hyphens
 * inside a word stay ("isn't", "east-west"). Used on sentences and on lexicon phrases alike.
 *
 * One pass over the text; it gives exactly what this chain of replacements gives (the tests hold
 * the two side by side):
 *   .replace(/([a-z0-9A-Z])'([a-zA-Z])/g, "$1\ue000$2")   keep an apostrophe inside a word
 *   .replace(/([a-z0-9A-Z])-([a-z0-9A-Z])/g, "$1\ue001$2") keep a hyphen inside a word
 *   .replace(/([^a-z0-9A-Z\s\ue000\ue001])/gu, " $1 ")     space every other symbol
 *   .replace(/\ue000/g, "'").replace(/\ue001/g, "-").replace(/\s+/g, " ").trim()
 * Like those, it keeps only the first of two marks that share a letter ("a'b'c" keeps one).
 */
export function spacePunctuation(text: string, start = 0, end = text.length): string {
  // The result is the tokens of text[start, end) joined by single spaces: runs of word characters,
  // and each symbol on its own. Stretches that already read that way are copied whole. Characters
  // outside the range count as absent, as if the range had been cut out first.
  const words = { start, end, apostrophe: -3, hyphen: -3, privateUse: false };
  let out = "";
  let copyFrom = -1;
  let lastEnd = -1;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let tokenEnd = i + 1;
    if (isWordUnit(text, i, words)) {
      while (tokenEnd < end) {
        // Letters and digits, most of any word, are word units whatever surrounds them.
        if (isAlphanumeric(text.charCodeAt(tokenEnd)) || isWordUnit(text, tokenEnd, words)) tokenEnd++;
        else break;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      // An astral symbol (emoji) is two code units but one symbol.
      tokenEnd = i + 2;
    }
    // The token text[i, tokenEnd) follows the previous one; a single space between them stays as it is.
    if (copyFrom < 0) {
      copyFrom = i;
    } else if (!(i === lastEnd + 1 && text.charCodeAt(lastEnd) === 0x20)) {
      out += `${text.slice(copyFrom, lastEnd)} `;
      copyFrom = i;
    }
    lastEnd = tokenEnd;
    i = tokenEnd;
  }
  if (copyFrom >= 0) {
    const whole = out === "" && copyFrom === 0 && lastEnd === text.length;
    out = whole ? text : out + text.slice(copyFrom, lastEnd);
  }
  // Private-use marks in the input itself stay in words and become an apostrophe and a hyphen.
  // They are word units, so every one of them went through isWordUnit: no need to search `out`.
  return words.privateUse ? out.replace(/\ue000/g, "'").replace(/\ue001/g, "-") : out;
}

interface WordState {
  readonly start: number;
  readonly end: number;
  /** The last apostrophe and hyphen kept inside a word. */
  apostrophe: number;
  hyphen: number;
  /** Whether a private-use mark (U+E000, U+E001) was read. */
  privateUse: boolean;
}

/**
 * Whether text[at] belongs to a word: a letter or digit, a private-use mark, or an apostrophe
 * between a letter or digit and a letter (a hyphen: between letters or digits). Called once per
 * position, in order: a search restarts after the character a match consumed, so the letter
 * between two marks serves only the first of them.
 */
function isWordUnit(text: string, at: number, words: WordState): boolean {
  const code = text.charCodeAt(at);
  if (isAlphanumeric(code)) return true;
  if (code === 0xe000 || code === 0xe001) {
    words.privateUse = true;
    return true;
  }
  if (code !== 0x27 && code !== 0x2d) return false;
  const before = at > words.start ? text.charCodeAt(at - 1) : Number.NaN;
  const after = at + 1 < words.end ? text.charCodeAt(at + 1) : Number.NaN;
  if (!isAlphanumeric(before)) return false;
  if (code === 0x27) {
    if (at - words.apostrophe <= 2 || !isLetter(after)) return false;
    words.apostrophe = at;
    return true;
  }
  if (at - words.hyphen <= 2 || !isAlphanumeric(after)) return false;
  words.hyphen = at;
  return true;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** What \s matches (and what trim() removes). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
