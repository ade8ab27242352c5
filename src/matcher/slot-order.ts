/**
 * Whether every match of a rule pattern names its {X} term before its {Y} term: each top-level
 * branch has an {X} and, after it, a {Y}, both outside any group and neither quantified. Items of a
 * sequence match one after the other, so such a match has the text of {X} before the text of {Y};
 * a sentence that names the two terms only the other way round cannot match, and the expression
 * for that order need not run. False whenever the pattern does not show it plainly.
 */
export function xPrecedesY(pattern: string): boolean {
  let depth = 0;
  let sawX = false;
  let ordered = false;
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === "\\") {
      at++;
    } else if (char === "[") {
      at = classEnd(pattern, at);
      if (at === -1) return false;
    } else if (char === "(") {
      depth++;
    } else if (char === ")") {
      depth--;
    } else if (char === "|" && depth === 0) {
      if (!ordered) return false;
      sawX = false;
      ordered = false;
    } else if (depth === 0 && (pattern.startsWith("{X}", at) || pattern.startsWith("{Y}", at))) {
      const quantified = /^(?:[?*+]|\{\d)/.test(pattern.slice(at + 3, at + 5));
      if (!quantified) {
        if (char === "{" && pattern[at + 1] === "X") sawX = true;
        else if (sawX) ordered = true;
      }
      at += 2;
    }
  }
  return ordered && depth === 0;
}

/** The index of the "]" that closes the class opened at `open`, or -1. */
function classEnd(pattern: string, open: number): number {
  // Without the u flag "[]" is an empty class and "]" right after "[" or "[^" closes it.
  for (let at = open + 1; at < pattern.length; at++) {
    if (pattern[at] === "\\") at++;
    else if (pattern[at] === "]") return at;
  }
  return -1;
}
