import { topLevelBranches } from "./top-level-branches";

/** One top-level alternative of a rule's expression and its test in the literal prefilter. */
export interface RuleAlternative {
  readonly regex: RegExp;
  readonly literalTest: number;
}

/** What the literal prefilter found in a sentence (see literal-prefilter.ts). */
interface MayMatch {
  mayMatch(test: number): boolean;
}

/**
 * A rule's expression split at its top-level "|", each alternative compiled and registered with the
 * prefilter on its own. An alternative that needs a cue the sentence lacks is then never run, where
 * the whole expression would try it at every position. A source that captures stays whole: apart,
 * its alternatives would number their groups differently.
 */
export function splitAlternatives(
  source: string,
  compile: (source: string) => RegExp,
  register: (regex: RegExp) => number,
): RuleAlternative[] {
  const captures = /(?<!\\)\((?!\?(?::|=|!|<=|<!))|\\[1-9]|\\k</.test(source);
  const parts = captures ? [source] : topLevelBranches(source);
  return parts.map((part) => {
    const regex = compile(part);
    return { regex, literalTest: register(regex) };
  });
}

/**
 * What the whole expression's exec() would find in `text`: the leftmost match of any alternative,
 * the first alternative winning a tie. An alternative whose literal test fails cannot match, so it
 * is not run.
 */
export function firstMatch(
  alternatives: readonly RuleAlternative[],
  text: string,
  literals: MayMatch,
): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let a = 0; a < alternatives.length; a++) {
    const alternative = alternatives[a];
    if (!alternative || !literals.mayMatch(alternative.literalTest)) continue;
    const match = alternative.regex.exec(text);
    if (match && (best === null || match.index < best.index)) best = match;
    // Nothing can start further left.
    if (best?.index === 0) break;
  }
  return best;
}
