/**
 * Rewrites `(?<!L)A…` as `(?=A)(?<!L)A…` in each top-level alternative of a source that opens with
 * a lookbehind. Both assertions look at the same position, so the order does not change what
 * matches; but an engine that meets the lookbehind first runs it at every position of the text,
 * some sixty characters back each time, while the first atom `A` ("having", "\bSVC…\b") fails at
 * almost every position on its first character. An alternative whose first atom may match nothing
 * (a `?`, `*`, `{0}` or `{0,…}` quantifier) or holds a capturing group is left as it is.
 */
export function hoistLeadingLookbehinds(source: string): string {
  const branches = topLevelBranches(source);
  if (!branches.some((branch) => branch.startsWith("(?<"))) return source;
  return branches.map(hoistBranch).join("|");
}

function hoistBranch(branch: string): string {
  if (!branch.startsWith("(?<!") && !branch.startsWith("(?<=")) return branch;
  const lookbehindEnd = groupEnd(branch, 0);
  if (lookbehindEnd === undefined) return branch;
  const rest = branch.slice(lookbehindEnd);
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

/** The source split at its top-level "|" (outside groups and character classes). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
}
