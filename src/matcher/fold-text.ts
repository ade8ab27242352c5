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
  const out: string[] = [];
  const origin: number[] = [];
  const push = (value: string, from: number): void => {
    for (const char of value) {
      if (char === " " || char === "\t") {
        if (out.length === 0 || out[out.length - 1] === " " || out[out.length - 1] === "\n") continue;
        out.push(" ");
      } else if (char === "\n" || char === "\r") {
        if (out[out.length - 1] === " ") {
          out.pop();
          origin.pop();
        }
        if (out.length === 0 || out[out.length - 1] === "\n") continue;
        out.push("\n");
      } else {
        out.push(char);
      }
      origin.push(from);
      if (char.length === 2) origin.push(from);
    }
  };

  let index = 0;
  while (index < masked.length) {
    const { value, width } = foldAt(masked, index);
    if (isSeparatorAfterMicro(out, value) && nextVisibleIsLetter(masked, index + width)) {
      index += width;
      continue;
    }
    push(value, index);
    index += width;
  }
  while (out[out.length - 1] === " " || out[out.length - 1] === "\n") {
    out.pop();
    origin.pop();
  }
  return { text: out.join(""), origin };
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

/** True when `out` ends with a standalone "micro" and `char` separates it from the next word. */
function isSeparatorAfterMicro(out: readonly string[], char: string): boolean {
  if (char !== "-" && char !== " " && char !== "_" && char !== ".") return false;
  const n = out.length;
  if (n < 5) return false;
  if (
    out[n - 5] !== "m" ||
    out[n - 4] !== "i" ||
    out[n - 3] !== "c" ||
    out[n - 2] !== "r" ||
    out[n - 1] !== "o"
  )
    return false;
  const before = out[n - 6];
  return before === undefined || !/[a-z0-9]/.test(before);
}

function foldAt(masked: string, index: number): { value: string; width: number } {
  const code = masked.codePointAt(index) ?? 0;
  const char = String.fromCodePoint(code);
  if (char === "&") {
    const entity = masked.slice(index, index + 6).match(/^&(?:amp|lt|gt|nbsp|quot|#39);/);
    if (entity) return { value: ENTITIES[entity[0]] ?? " ", width: entity[0].length };
  }
  if (code < 128) return { value: char.toLowerCase(), width: 1 };
  return { value: foldNonAscii(char), width: char.length };
}

function nextVisibleIsLetter(masked: string, from: number): boolean {
  let index = from;
  for (let step = 0; step < 8 && index < masked.length; step++) {
    const { value, width } = foldAt(masked, index);
    if (value !== "") return /^[a-z]/.test(value);
    index += width;
  }
  return false;
}
