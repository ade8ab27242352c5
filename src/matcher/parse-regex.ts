import { KNOWN_KEY_LENGTH, type KnownGroups } from "./known-groups";

/**
 * A regular expression source (no flags) read just far enough to tell which characters a match
 * must contain. Every node over-approximates what it matches: anything the reader does not fully
 * understand becomes "any character" or "any text", so an analysis built on it stays sound.
 */
export type RegexNode =
  /** Exactly one of these strings: a class gives one-character options, a run of plain characters one option. */
  | { readonly type: "text"; readonly options: readonly string[] }
  | { readonly type: "anyChar" }
  | { readonly type: "empty" }
  | { readonly type: "sequence"; readonly items: readonly RegexNode[] }
  | { readonly type: "choice"; readonly branches: readonly RegexNode[] }
  | { readonly type: "repeat"; readonly item: RegexNode; readonly min: number; readonly max: number };

/** A class with more members than this is treated as "any character": it narrows nothing. */
const MAX_CLASS_SIZE = 8;

const ANY_CHAR: RegexNode = { type: "anyChar" };
const EMPTY: RegexNode = { type: "empty" };
/** What a back-reference may match: every text, the empty string included. */
export const ANY_TEXT: RegexNode = { type: "repeat", item: ANY_CHAR, min: 0, max: Number.POSITIVE_INFINITY };

class Unsupported extends Error {}

interface Reader {
  readonly source: string;
  at: number;
  readonly known: KnownGroups;
}

/** The syntax tree of `source`, or undefined for syntax this reader does not handle. */
export function parseRegex(source: string, known: KnownGroups = new Map()): RegexNode | undefined {
  const reader: Reader = { source, at: 0, known };
  try {
    const node = readChoice(reader);
    return reader.at === source.length ? node : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function readChoice(reader: Reader): RegexNode {
  const branches = [readSequence(reader)];
  while (reader.source[reader.at] === "|") {
    reader.at += 1;
    branches.push(readSequence(reader));
  }
  return branches.length === 1 && branches[0] ? branches[0] : { type: "choice", branches };
}

/** Characters that stand for themselves; a run of them is read in one step. */
const PLAIN_RUN = /[^\\^$.|?*+()[\]{}]+/y;

function readSequence(reader: Reader): RegexNode {
  const items: RegexNode[] = [];
  for (;;) {
    const char = reader.source[reader.at];
    if (char === undefined || char === "|" || char === ")") break;
    const item = readPlainRun(reader) ?? readQuantifier(reader, readAtom(reader));
    const last = items[items.length - 1];
    // Plain characters in a row are one string: fewer nodes for the long phrases of a lexicon.
    if (
      item.type === "text" &&
      last?.type === "text" &&
      item.options.length === 1 &&
      last.options.length === 1
    ) {
      items[items.length - 1] = { type: "text", options: [`${last.options[0]}${item.options[0]}`] };
    } else {
      items.push(item);
    }
  }
  return items.length === 1 && items[0] ? items[0] : { type: "sequence", items };
}

/** A run of plain characters, but not its last one when a quantifier follows (it applies to that one only). */
function readPlainRun(reader: Reader): RegexNode | undefined {
  PLAIN_RUN.lastIndex = reader.at;
  const run = PLAIN_RUN.exec(reader.source)?.[0];
  if (!run) return undefined;
  const after = reader.source.slice(reader.at + run.length, reader.at + run.length + 2);
  const quantified = /^(?:[?*+]|\{\d)/.test(after);
  const text = quantified ? run.slice(0, -1) : run;
  if (text === "") return undefined;
  reader.at += text.length;
  return { type: "text", options: [text] };
}

function readQuantifier(reader: Reader, item: RegexNode): RegexNode {
  const { source } = reader;
  const char = source[reader.at];
  let min: number;
  let max: number;
  if (char === "?" || char === "*" || char === "+") {
    min = char === "+" ? 1 : 0;
    max = char === "?" ? 1 : Number.POSITIVE_INFINITY;
    reader.at += 1;
  } else if (char === "{") {
    const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(reader.at, reader.at + 24));
    if (!braces) return item;
    min = Number(braces[1]);
    max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
    reader.at += braces[0].length;
  } else {
    return item;
  }
  if (source[reader.at] === "?") reader.at += 1; // lazy: the same matches, found in another order
  return { type: "repeat", item, min, max };
}

function readAtom(reader: Reader): RegexNode {
  const { source } = reader;
  const char = source[reader.at] ?? "";
  if (char === "(") return readGroup(reader);
  if (char === "[") return readClass(reader);
  if (char === "\\") return readEscape(reader);
  reader.at += 1;
  if (char === ".") return ANY_CHAR;
  if (char === "^" || char === "$") return EMPTY;
  if (char === "*" || char === "+" || char === "?") throw new Unsupported();
  if (char === "{" && /^\{\d/.test(source.slice(reader.at - 1, reader.at + 1))) throw new Unsupported();
  return { type: "text", options: [char] };
}

function readGroup(reader: Reader): RegexNode {
  const { source, known, at } = reader;
  for (const group of known.get(source.slice(at, at + KNOWN_KEY_LENGTH)) ?? []) {
    if (source.startsWith(group.text, at)) {
      reader.at += group.text.length;
      return group.node;
    }
  }
  return readGroupBody(reader);
}

function readGroupBody(reader: Reader): RegexNode {
  const { source } = reader;
  reader.at += 1;
  let lookaround = false;
  if (source[reader.at] === "?") {
    const kind = source.slice(reader.at, reader.at + 3);
    if (kind.startsWith("?:")) {
      reader.at += 2;
    } else if (kind.startsWith("?=") || kind.startsWith("?!")) {
      lookaround = true;
      reader.at += 2;
    } else if (kind === "?<=" || kind === "?<!") {
      lookaround = true;
      reader.at += 3;
    } else {
      // Named groups would allow named back-references; nothing here uses them.
      throw new Unsupported();
    }
  }
  const inner = readChoice(reader);
  if (source[reader.at] !== ")") throw new Unsupported();
  reader.at += 1;
  // A lookaround consumes nothing, so the matched text does not contain what it looks at.
  return lookaround ? EMPTY : inner;
}

function readEscape(reader: Reader): RegexNode {
  const { source } = reader;
  const letter = source[reader.at + 1] ?? "";
  reader.at += 2;
  if (letter === "b" || letter === "B") return EMPTY;
  if ("dDwWsS".includes(letter)) return ANY_CHAR;
  if (/[1-9]/.test(letter)) {
    while (/[0-9]/.test(source[reader.at] ?? "")) reader.at += 1;
    return ANY_TEXT;
  }
  const single = escapedChar(reader, letter);
  return { type: "text", options: [single] };
}

/** The one character an escape outside \b, \d-like classes and back-references stands for. */
function escapedChar(reader: Reader, letter: string): string {
  const simple: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };
  const mapped = simple[letter];
  if (mapped !== undefined) return mapped;
  if (letter === "0" && !/[0-9]/.test(reader.source[reader.at] ?? "")) return "\0";
  if (letter === "x" || letter === "u") {
    const width = letter === "x" ? 2 : 4;
    const hex = reader.source.slice(reader.at, reader.at + width);
    if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) throw new Unsupported();
    reader.at += width;
    return String.fromCharCode(Number.parseInt(hex, 16));
  }
  // Letters and digits with no meaning above (\c, \k, \p, octal ...) are read differently by
  // different modes; punctuation escapes stand for themselves.
  if (letter === "" || /[0-9A-Za-z]/.test(letter)) throw new Unsupported();
  return letter;
}

function readClass(reader: Reader): RegexNode {
  const { source } = reader;
  reader.at += 1;
  const negated = source[reader.at] === "^";
  if (negated) reader.at += 1;
  const members = new Set<string>();
  let wide = negated;
  // Without the u flag "[]" is an empty class and "]" right after "[" closes it.
  while (source[reader.at] !== "]") {
    if (reader.at >= source.length) throw new Unsupported();
    const low = readClassMember(reader);
    if (low === undefined) {
      wide = true;
      continue;
    }
    if (source[reader.at] === "-" && source[reader.at + 1] !== "]" && reader.at + 1 < source.length) {
      reader.at += 1;
      const high = readClassMember(reader);
      if (high === undefined) throw new Unsupported();
      const from = low.charCodeAt(0);
      const to = high.charCodeAt(0);
      if (to - from >= MAX_CLASS_SIZE) wide = true;
      else for (let code = from; code <= to; code++) members.add(String.fromCharCode(code));
    } else {
      members.add(low);
    }
  }
  reader.at += 1;
  if (wide || members.size === 0 || members.size > MAX_CLASS_SIZE) return ANY_CHAR;
  return { type: "text", options: [...members] };
}

/** One member of a class: a character, or undefined for a shorthand like \w. */
function readClassMember(reader: Reader): string | undefined {
  const { source } = reader;
  const char = source[reader.at] ?? "";
  if (char !== "\\") {
    reader.at += 1;
    return char;
  }
  const letter = source[reader.at + 1] ?? "";
  reader.at += 2;
  if ("dDwWsS".includes(letter)) return undefined;
  if (letter === "b") return "\b";
  if (letter === "-") return "-";
  return escapedChar(reader, letter);
}
