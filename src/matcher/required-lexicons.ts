/**
 * The lexicon groups ({@name}) that every match of a rule pattern must contain: a group named in
 * each branch of an alternation, outside anything optional. A sentence without one of them cannot
 * match, so the rule is skipped before its regular expression runs.
 */
export function requiredLexicons(pattern: string): Set<string> {
  // Most patterns name no group at all: nothing to read then.
  if (!pattern.includes("{@")) return new Set();
  const parser = { text: pattern, at: 0 };
  return new Set(parseAlternation(parser));
}

/** What an atom that names no group requires: shared, since atoms' sets are only read. */
const NOTHING: ReadonlySet<string> = new Set();

interface Parser {
  readonly text: string;
  at: number;
}

function parseAlternation(parser: Parser): ReadonlySet<string> {
  let required: ReadonlySet<string> = parseSequence(parser);
  while (parser.text[parser.at] === "|") {
    parser.at += 1;
    const branch = parseSequence(parser);
    required = new Set([...required].filter((group) => branch.has(group)));
  }
  return required;
}

function parseSequence(parser: Parser): Set<string> {
  const required = new Set<string>();
  for (;;) {
    const char = parser.text[parser.at];
    if (char === undefined || char === "|" || char === ")") return required;
    const atom = parseAtom(parser);
    if (quantifierAllowsNone(parser)) continue;
    for (const group of atom) required.add(group);
  }
}

function parseAtom(parser: Parser): ReadonlySet<string> {
  const { text } = parser;
  const char = text[parser.at];
  if (char === "(") {
    const lookaround = /^\(\?<?[=!]/.test(text.slice(parser.at, parser.at + 4));
    parser.at += text.startsWith("(?:", parser.at)
      ? 3
      : lookaround
        ? text[parser.at + 2] === "<"
          ? 4
          : 3
        : 1;
    const inner = parseAlternation(parser);
    parser.at += 1; // the closing ")"
    return lookaround ? NOTHING : inner;
  }
  if (char === "[") {
    parser.at += 1;
    while (parser.at < text.length && text[parser.at] !== "]") parser.at += text[parser.at] === "\\" ? 2 : 1;
    parser.at += 1;
    return NOTHING;
  }
  if (char === "\\") {
    parser.at += 2;
    return NOTHING;
  }
  if (char === "{") {
    MACRO.lastIndex = parser.at;
    const macro = MACRO.exec(text);
    if (macro?.[1]) {
      parser.at += macro[0].length;
      return macro[1].startsWith("@") ? new Set([macro[1].slice(1)]) : NOTHING;
    }
  }
  parser.at += 1;
  return NOTHING;
}

/** Consumes a quantifier after an atom; true when it lets the atom match zero times. */
function quantifierAllowsNone(parser: Parser): boolean {
  const { text } = parser;
  BRACES.lastIndex = parser.at;
  const braces = BRACES.exec(text);
  if (braces) {
    parser.at += braces[0].length;
    return braces[1] === "0";
  }
  const symbol = text[parser.at];
  if (symbol === "?" || symbol === "*" || symbol === "+") {
    parser.at += text[parser.at + 1] === "?" ? 2 : 1;
    return symbol !== "+";
  }
  return false;
}

// Sticky, so they read at parser.at without copying the rest of the pattern for every atom.
const MACRO = /\{(@[a-z_]+|~\d+|p|X|Y|SVC[NVS]?|SEG[NV]?|T)\}/y;
const BRACES = /\{(\d+)(?:,\d*)?\}\??/y;
