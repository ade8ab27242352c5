import type { KnownGroups } from "./known-groups";
import { parseRegex, type RegexNode } from "./parse-regex";

/**
 * A condition on which strings a text contains. `requiredLiterals(source)` gives one that holds for
 * every text the expression matches anywhere in, so a text for which it is false cannot match and
 * the expression need not run. It may hold for texts that do not match: it is a filter, not a test.
 */
export type LiteralCondition =
  | { readonly kind: "always" }
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "allOf"; readonly parts: readonly LiteralCondition[] }
  | { readonly kind: "anyOf"; readonly parts: readonly LiteralCondition[] };

const ALWAYS: LiteralCondition = { kind: "always" };

/** Up to this many alternatives are kept as whole strings ("SVC is", "SEG is") before splitting. */
const MAX_EXACT = 16;
/**
 * Whether requiring `text` can rule a sentence out. A single letter or a space occurs in nearly
 * every sentence, and listening for it would cost the scanner more than it saves; a two-letter word
 * still rules some out, and a rare sign ("=", "→") is worth it even alone.
 */
export function isSelective(text: string): boolean {
  return text.trim().length >= 2 || (text.length > 0 && /[^a-z0-9 ]/.test(text));
}
/**
 * Longer strings are cut to their start (which a text holding the whole string holds too). A few
 * characters already tell sentences apart, and short literals keep the scanner small and fast.
 */
const MAX_LITERAL = 6;

/** `known` gives the trees of groups that need not be read (see parseRegex). */
export function requiredLiterals(source: string, known: KnownGroups = new Map()): LiteralCondition {
  const tree = parseRegex(source, known);
  return tree ? conditionOf(describe(tree)) : ALWAYS;
}

/** What a node can match: every string exactly when the set is small, or a condition on them. */
interface Description {
  readonly exact?: readonly string[];
  readonly condition: LiteralCondition;
}

function describe(node: RegexNode): Description {
  switch (node.type) {
    case "text":
      return { exact: node.options, condition: ALWAYS };
    case "anyChar":
      return { condition: ALWAYS };
    case "empty":
      return { exact: [""], condition: ALWAYS };
    case "sequence":
      return describeSequence(node.items);
    case "choice": {
      const branches = node.branches.map(describe);
      if (!branches.every((branch) => branch.exact)) return { condition: anyOf(branches.map(conditionOf)) };
      const union = [...new Set(branches.flatMap((branch) => branch.exact ?? []))];
      return union.length <= MAX_EXACT ? { exact: union, condition: ALWAYS } : { condition: oneOf(union) };
    }
    case "repeat": {
      const item = describe(node.item);
      if (node.min === 0) {
        if (node.max === 1 && item.exact && item.exact.length < MAX_EXACT) {
          return { exact: [...new Set(["", ...item.exact])], condition: ALWAYS };
        }
        return { condition: ALWAYS };
      }
      if (node.min === 1 && node.max === 1) return item;
      // At least one repetition, so whatever one repetition needs is needed.
      return { condition: conditionOf(item) };
    }
  }
}

/** Neighbouring exact parts are joined into longer, rarer strings while the product stays small. */
function describeSequence(items: readonly RegexNode[]): Description {
  const conditions: LiteralCondition[] = [];
  let current: Description = { exact: [""], condition: ALWAYS };
  for (const item of items) {
    const part = describe(item);
    if (current.exact && part.exact && current.exact.length * part.exact.length <= MAX_EXACT) {
      const joined = new Set<string>();
      for (const left of current.exact) for (const right of part.exact) joined.add(left + right);
      current = { exact: [...joined], condition: ALWAYS };
      // Every string is already as long as a literal gets: longer ones would be cut back to the
      // same starts, so close this literal and begin the next one.
      if (current.exact?.every((text) => text.length >= MAX_LITERAL)) {
        conditions.push(conditionOf(current));
        current = { exact: [""], condition: ALWAYS };
      }
    } else {
      conditions.push(conditionOf(current));
      current = part;
    }
  }
  if (conditions.length === 0) return current;
  conditions.push(conditionOf(current));
  return { condition: allOf(conditions) };
}

function conditionOf(description: Description): LiteralCondition {
  return description.exact ? oneOf(description.exact) : description.condition;
}

/**
 * Conditions already worked out for long lists of strings, by list: a lexicon spliced into many
 * expressions brings the same list of literals (see knownGroups) to each of them.
 */
const longLists = new WeakMap<readonly string[], LiteralCondition>();

/** Any of these strings; one that contains another adds nothing, since the shorter one is then there too. */
function oneOf(strings: readonly string[]): LiteralCondition {
  if (strings.length <= MAX_EXACT) return oneOfFresh(strings);
  let condition = longLists.get(strings);
  if (condition === undefined) {
    condition = oneOfFresh(strings);
    longLists.set(strings, condition);
  }
  return condition;
}

function oneOfFresh(strings: readonly string[]): LiteralCondition {
  if (!strings.every(isSelective)) return ALWAYS;
  const cut = [...new Set(strings.map((text) => text.slice(0, MAX_LITERAL)))];
  const kept = new Set<string>();
  for (const text of cut.sort((a, b) => a.length - b.length)) {
    if (!containsAny(text, kept)) kept.add(text);
  }
  return anyOf([...kept].map((text): LiteralCondition => ({ kind: "literal", text })));
}

/** Whether some string of `set` occurs in `text` (short: every substring is tried). */
function containsAny(text: string, set: ReadonlySet<string>): boolean {
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= text.length; end++) {
      if (set.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

function allOf(parts: readonly LiteralCondition[]): LiteralCondition {
  const flat = parts.flatMap((part) =>
    part.kind === "allOf" ? part.parts : part.kind === "always" ? [] : [part],
  );
  if (flat.length === 0) return ALWAYS;
  return flat.length === 1 && flat[0] ? flat[0] : { kind: "allOf", parts: flat };
}

function anyOf(parts: readonly LiteralCondition[]): LiteralCondition {
  if (parts.length === 0 || parts.some((part) => part.kind === "always")) return ALWAYS;
  const flat = parts.flatMap((part) => (part.kind === "anyOf" ? part.parts : [part]));
  return flat.length === 1 && flat[0] ? flat[0] : { kind: "anyOf", parts: flat };
}
