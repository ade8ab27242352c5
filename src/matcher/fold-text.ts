import { boundedMemo } from "./bounded-memo";
/**
 * Turns masked chat text into the plain form the matcher reads: lowercase ASCII-ish letters, one space
 * between words, look-alike letters folded, zero-width characters gone, "micro" joined to the word
 * after it. `origin[i]` is the index in the original text of folded character i, so findings can
 * point back at what the author wrote.
 */
export interface FoldedText {
  readonly text: string;
  readonly origin: readonly number[];
}

// Zero-width, direction and variation-selector code points: invisible, so they must not split a word.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}

// Letters from other scripts that look like Latin ones; enough to defeat casual disguise.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ɡ: "g",
  к: "k",
  м: "m",
  т: "t",
  в: "b",
  н: "h",
  ο: "o",
  α: "a",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ρ: "p",
  τ: "t",
  υ: "u",
  ѵ: "v",
};

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": " ",
  "&quot;": '"',
  "&#39;": "'",
};

export function foldText(masked: string): FoldedText {
  return foldPlain(masked) ?? foldAny(masked);
}

/**
 * Most messages are plain ASCII with single spaces and nothing to join: they fold to themselves in
 * lowercase, character for character. Undefined for anything else (a tab, an entity, a run of
 * spaces, a space at either end, a "micro-" to join ...), which the full fold handles.
 */
function foldPlain(masked: string): FoldedText | undefined {
  // As if a line break came first, so a leading space or line break is not plain.
  let previous = NEWLINE;
  for (let i = 0; i < masked.length; i++) {
    const code = masked.charCodeAt(i);
    if (code >= 0x80 || code === AMPERSAND || code === 0x09 || code === 0x0d) return undefined;
    const blank = code === SPACE || code === NEWLINE;
    if (blank && (previous === SPACE || previous === NEWLINE)) return undefined;
    previous = code;
  }
  if (previous === SPACE || previous === NEWLINE) return undefined;
  const text = masked.toLowerCase();
  for (let at = text.indexOf("micro"); at !== -1; at = text.indexOf("micro", at + 1)) {
    const before = text.charCodeAt(at - 1);
    const standalone = !((before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39));
    const next = text.charCodeAt(at + 6);
    if (standalone && isJoiner(text.charCodeAt(at + 5)) && next >= 0x61 && next <= 0x7a) return undefined;
  }
  const origin = new Array<number>(masked.length);
  for (let i = 0; i < masked.length; i++) origin[i] = i;
  return { text, origin };
}

function foldAny(masked: string): FoldedText {
  // UTF-16 code units, not strings: most text is plain ASCII and folds one unit to one unit.
  const units: number[] = [];
  const origin: number[] = [];
  let index = 0;
  while (index < masked.length) {
    const code = masked.charCodeAt(index);
    if (code < 0x80 && code !== AMPERSAND) {
      const folded = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      if (!(isJoiner(folded) && endsWithMicro(units) && nextVisibleIsLetter(masked, index + 1))) {
        push(units, origin, folded, index);
      }
      index += 1;
      continue;
    }
    const { value, width } = foldAt(masked, index);
    const joins =
      value.length === 1 &&
      isJoiner(value.charCodeAt(0)) &&
      endsWithMicro(units) &&
      nextVisibleIsLetter(masked, index + width);
    if (!joins) for (let k = 0; k < value.length; k++) push(units, origin, value.charCodeAt(k), index);
    index += width;
  }
  while (units[units.length - 1] === SPACE || units[units.length - 1] === NEWLINE) {
    units.pop();
    origin.pop();
  }
  return { text: fromUnits(units), origin };
}

const AMPERSAND = 0x26;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Appends one folded unit: runs of spaces and blank lines collapse, a space before a line break goes. */
function push(units: number[], origin: number[], unit: number, from: number): void {
  const last = units[units.length - 1];
  if (unit === SPACE || unit === 0x09) {
    if (last === undefined || last === SPACE || last === NEWLINE) return;
    units.push(SPACE);
  } else if (unit === NEWLINE || unit === 0x0d) {
    if (last === SPACE) {
      units.pop();
      origin.pop();
    }
    const before = units[units.length - 1];
    if (before === undefined || before === NEWLINE) return;
    units.push(NEWLINE);
  } else {
    units.push(unit);
  }
  origin.push(from);
}

function fromUnits(units: readonly number[]): string {
  let text = "";
  // In slices: spreading 40,000 arguments into one call could overflow the stack.
  for (let at = 0; at < units.length; at += 4096) {
    text += String.fromCharCode(...units.slice(at, at + 4096));
  }
  return text;
}

function foldNonAscii(char: string): string {
  if (isInvisible(char)) return "";
  if (char === "µ" || char === "μ" || char === "Μ") return "micro";
  // NFKC would reduce "≠" to "=" plus an overlay mark, turning a denial into an equation.
  if (char === "≠" || char === "≢") return " is not ";
  if (/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/.test(char)) return "-";
  if (/[\u2018\u2019\u201b\u2032\uff07]/.test(char)) return "'";
  if (/[\u201c\u201d\u201e\u2033\uff02\u00ab\u00bb]/.test(char)) return '"';
  if (/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/.test(char)) return " ";
  if (/[\u2028\u2029]/.test(char)) return "\n";
  const lower = char.toLowerCase();
  const alike = LOOK_ALIKES[lower];
  if (alike) return alike;
  // NFKC folds fullwidth and styled letters (ｍｉｃｒｏ, 𝗺𝗶𝗰𝗿𝗼) to ASCII; NFD + dropping marks removes accents.
  const compatible = lower
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return LOOK_ALIKES[compatible] ?? compatible;
}

/** "-", " ", "_" or ".": what may stand between "micro" and the word it belongs to. */
function isJoiner(unit: number): boolean {
  return unit === 0x2d || unit === SPACE || unit === 0x5f || unit === 0x2e;
}

/** True when `units` ends with a standalone "micro" (nothing alphanumeric right before it). */
function endsWithMicro(units: readonly number[]): boolean {
  const n = units.length;
  if (n < 5) return false;
  if (
    units[n - 5] !== 0x6d ||
    units[n - 4] !== 0x69 ||
    units[n - 3] !== 0x63 ||
    units[n - 2] !== 0x72 ||
    units[n - 1] !== 0x6f
  )
    return false;
  const before = units[n - 6];
  return before === undefined || !((before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39));
}

function foldAt(masked: string, index: number): { value: string; width: number } {
  const code = masked.codePointAt(index) ?? 0;
  const char = String.fromCodePoint(code);
  if (char === "&") {
    const entity = masked.slice(index, index + 6).match(/^&(?:amp|lt|gt|nbsp|quot|#39);/);
    if (entity) return { value: ENTITIES[entity[0]] ?? " ", width: entity[0].length };
  }
  if (code < 128) return { value: char.toLowerCase(), width: 1 };
  return { value: foldedNonAscii(code), width: char.length };
}

/**
 * foldNonAscii by code point, remembered: it runs up to two normalisations and several expressions
 * per character, and a message repeats its few non-ASCII characters (curly quotes, emoji, a
 * look-alike letter) many times. Bounded, so a flood of distinct characters cannot grow it.
 */
const foldedNonAscii = boundedMemo(4096, (code: number) => foldNonAscii(String.fromCodePoint(code)));

function nextVisibleIsLetter(masked: string, from: number): boolean {
  let index = from;
  for (let step = 0; step < 8 && index < masked.length; step++) {
    const code = masked.charCodeAt(index);
    if (code < 0x80 && code !== AMPERSAND)
      return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    const { value, width } = foldAt(masked, index);
    if (value !== "") return /^[a-z]/.test(value);
    index += width;
  }
  return false;
}
