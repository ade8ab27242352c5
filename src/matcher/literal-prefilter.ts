import { lexiconLiterals, lexiconSource } from "./compile-lexicon";
import { knownGroups } from "./known-groups";
import { createLiteralScanner, type LiteralScanner } from "./literal-scanner";
import { ANY_TEXT, type RegexNode } from "./parse-regex";
import { isSelective, type LiteralCondition, requiredLiterals } from "./required-literals";

/**
 * Collects the expressions the engine runs on whole sentences and, for each, the strings a match
 * must contain; then scans each sentence once for all those strings. An expression whose test
 * fails is skipped: it could not have matched, so skipping it changes no verdict.
 *
 * The analysis and the scanner are built on the first scan rather than with the matcher, so a
 * process that starts the bot is not kept waiting for them (about as long as the first message
 * already waits for V8 to compile the rules' expressions).
 */
export interface LiteralPrefilter {
  /** Registers an expression; the number returned names its test. */
  register(regex: RegExp): number;
  /**
   * Registers a test that holds when one of `literals` occurs (an expression that needs one of them).
   * Given as a function, the literals are asked for only when the scanner is built; undefined then
   * makes a test that always holds.
   */
  registerAnyOf(literals: readonly string[] | (() => readonly string[] | undefined)): number;
  scan(text: string): SentenceLiterals;
}

export interface SentenceLiterals {
  /** False when the registered expression `test` cannot match the scanned text. */
  mayMatch(test: number): boolean;
}

/**
 * A test in disjunctive form over scanner marks: true when every mark of some list is raised.
 * A mark stands for a set of alternative literals, so "any of these forty words" is one mark.
 */
type MarkTest = readonly (readonly number[])[];

/** Above this many lists a conjunct is left out of a test, which only makes the test weaker. */
const MAX_LISTS = 32;

/**
 * `lexicons` are the phrase lists spliced into the expressions as whole groups. The analysis does
 * not read them phrase by phrase (thousands of phrases would make the scanner big and slow to build):
 * it takes each as "some text holding one of the group's short literals" (see lexiconLiterals).
 */
export function createLiteralPrefilter(lexicons: readonly (readonly string[])[] = []): LiteralPrefilter {
  const expressions: Registered[] = [];
  let built: { readonly scanner: LiteralScanner; readonly tests: FlatTests } | undefined;
  return {
    register(regex) {
      if (built) throw new Error("literal prefilter: register() was called after the first scan");
      expressions.push(regex);
      return expressions.length - 1;
    },
    registerAnyOf(literals) {
      if (built) throw new Error("literal prefilter: registerAnyOf() was called after the first scan");
      expressions.push(literals);
      return expressions.length - 1;
    },
    scan(text) {
      built ??= build(expressions, lexicons);
      const { offsets, lists, single } = built.tests;
      const found = built.scanner.scan(text);
      return {
        mayMatch(test) {
          const mark = single[test] ?? GENERAL;
          if (mark >= 0) return found.has(mark);
          return mark === HOLDS || found.anyListRaised(lists, offsets[test] ?? 0, offsets[test + 1] ?? 0);
        },
      };
    },
  };
}

/** Every test's lists in one array (see FoundLiterals.anyListRaised); test t spans offsets[t] to offsets[t + 1]. */
interface FlatTests {
  readonly offsets: Int32Array;
  readonly lists: Int32Array;
  /**
   * Many tests (each lexicon group's, for one) are a single mark, and a few hold always: by test,
   * that mark, HOLDS, or GENERAL for one whose lists must be read. A sentence asks some fifty.
   */
  readonly single: Int32Array;
}

/** The test has an empty list, which every text raises. */
const HOLDS = -1;
/** The test needs anyListRaised. */
const GENERAL = -2;

function flatten(tests: readonly MarkTest[]): FlatTests {
  const offsets = new Int32Array(tests.length + 1);
  const single = new Int32Array(tests.length).fill(GENERAL);
  const lists: number[] = [];
  tests.forEach((test, index) => {
    offsets[index] = lists.length;
    for (const list of test) lists.push(list.length, ...list);
    const [only] = test;
    if (test.some((list) => list.length === 0)) single[index] = HOLDS;
    else if (test.length === 1 && only?.length === 1) single[index] = only[0] ?? GENERAL;
  });
  offsets[tests.length] = lists.length;
  return { offsets, lists: Int32Array.from(lists), single };
}

/** What register and registerAnyOf were given. */
type Registered = RegExp | readonly string[] | (() => readonly string[] | undefined);

function build(
  expressions: readonly Registered[],
  lexicons: readonly (readonly string[])[],
): { scanner: LiteralScanner; tests: FlatTests } {
  const known = knownGroups(
    lexicons.map((entries) => [lexiconSource(entries), lexiconNode(entries)] as const),
  );
  // A mark per distinct set of alternative literals; each literal raises the marks of its sets.
  const marks = new Map<string, number>();
  const marksOf = new Map<string, number[]>();
  const markFor = (literals: readonly string[]): number => {
    const unique = [...new Set(literals)].sort();
    const key = unique.join("\u0000");
    const existing = marks.get(key);
    if (existing !== undefined) return existing;
    const mark = marks.size;
    marks.set(key, mark);
    for (const literal of unique) {
      const listed = marksOf.get(literal);
      if (listed) listed.push(mark);
      else marksOf.set(literal, [mark]);
    }
    return mark;
  };
  const tests = expressions.map((expression) => {
    if (!(expression instanceof RegExp)) {
      const literals = typeof expression === "function" ? (expression() ?? []) : expression;
      if (literals.length === 0 || !literals.every(isSelective)) return [[]];
      return [[markFor(literals)]];
    }
    // Flags change what matches (case, Unicode): only flag-free expressions are analysed.
    const plain = expression.flags.replace(/[gy]/g, "") === "";
    return toMarkTest(plain ? requiredLiterals(expression.source, known) : { kind: "always" }, markFor);
  });
  const scanner = createLiteralScanner([...marksOf.keys()], [...marksOf.values()], marks.size);
  return { scanner, tests: flatten(tests) };
}

/** What the analysis needs to know of a lexicon's expression: its matches hold one of its literals. */
function lexiconNode(entries: readonly string[]): RegexNode {
  const literals = lexiconLiterals(entries);
  if (!literals) return ANY_TEXT;
  return { type: "sequence", items: [ANY_TEXT, { type: "text", options: literals }, ANY_TEXT] };
}

/** [[]] (one empty list) always holds. */
function toMarkTest(condition: LiteralCondition, markFor: (literals: readonly string[]) => number): MarkTest {
  switch (condition.kind) {
    case "always":
      return [[]];
    case "literal":
      return [[markFor([condition.text])]];
    case "anyOf": {
      const literals = condition.parts.flatMap((part) => (part.kind === "literal" ? [part.text] : []));
      const lists: (readonly number[])[] = literals.length > 0 ? [[markFor(literals)]] : [];
      for (const part of condition.parts) {
        if (part.kind === "literal") continue;
        const test = toMarkTest(part, markFor);
        if (test.some((list) => list.length === 0)) return [[]];
        lists.push(...test);
      }
      return lists;
    }
    case "allOf": {
      let lists: (readonly number[])[] = [[]];
      for (const part of condition.parts) {
        const test = toMarkTest(part, markFor);
        if (test.some((list) => list.length === 0) || lists.length * test.length > MAX_LISTS) continue;
        lists = lists.flatMap((left) => test.map((right) => [...left, ...right]));
      }
      return lists;
    }
  }
}
