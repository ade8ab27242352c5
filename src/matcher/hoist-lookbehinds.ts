import { topLevelBranches } from "./top-level-branches";

/**
 * Rewrites `(?<!L)A…` as `(?=A)(?<!L)A…` in each top-level alternative of a source that opens with
 * a lookbehind (or several), and likewise inside a non-capturing group an alternative opens with.
 * Both assertions look at the same position, so the order does not change what matches; but an
 * engine that meets the lookbehind first runs it at every position of the text, some sixty
 * characters back each time, while the first atom `A` ("having", "\bSVC…\b") fails at almost every
 * position on its first character. An alternative whose first atom may match nothing (a `?`, `*`,
 * `{0}` or `{0,…}` quantifier) or holds a capturing group is left as it is.
 */
export function hoistLeadingLookbehinds(source: string): string {
  const branches = topLevelBranches(source);
  const hoisted = branches.map(hoistBranch);
  return hoisted.some((branch, i) => branch !== branches[i]) ? hoisted.join("|") : source;
}

const isLookbehind = (text: string): boolean => text.startsWith("(?<!") || text.startsWith("(?<=");

function hoistBranch(branch: string): string {
  if (branch.startsWith("(?:")) {
    const end = groupEnd(branch, 0);
    if (end === undefined) return branch;
    const inner = branch.slice(3, end - 1);
    const hoisted = hoistLeadingLookbehinds(inner);
    return hoisted === inner ? branch : `(?:${hoisted})${branch.slice(end)}`;
  }
  if (!isLookbehind(branch)) return branch;
  let rest = branch;
  while (isLookbehind(rest)) {
    const end = groupEnd(rest, 0);
    if (end === undefined) return branch;
    rest = rest.slice(end);
  }
  const first = firstAtom(rest);
  if (first === undefined) return branch;
  return `(?=${first})${branch}`;
}

/** The source of the first atom of `text` that must match something, with a leading \b kept. */
function firstAtom(text: string): string | undefined {
  const boundary = text.startsWith("\\b") ? "\\b" : "";
  const body = text.slice(boundary.length);
  let end: number | undefined;
  if (body.startsWith("(")) {
    if (body.startsWith("(?=") || body.startsWith("(?!") || body.startsWith("(?<")) return undefined;
    end = groupEnd(body, 0);
  } else {
    end = /^[A-Za-z][A-Za-z ]*/.exec(body)?.[0].length;
    // A quantifier binds to the last letter only: keep the letters before it.
    if (end !== undefined && /^[?*+{]/.test(body.slice(end))) end -= 1;
  }
  if (end === undefined || end === 0) return undefined;
  const atom = body.slice(0, end);
  // Copied, a capturing group would renumber the groups after it, and a named one would be named twice.
  if (/(?<!\\)\((?!\?:)/.test(atom)) return undefined;
  const quantifier = body.slice(end);
  if (/^[?*]/.test(quantifier) || Number(/^\{(\d+)/.exec(quantifier)?.[1] ?? 1) === 0) return undefined;
  return boundary + atom;
}

/** The index just past the group that opens at `start`, or undefined when it is unbalanced. */
function groupEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i + 1;
  }
  return undefined;
}
