/**
 * Every match of a global expression in `text`, in the order String.prototype.matchAll gives them,
 * without the copy of the expression matchAll makes on each call (which costs more than a short
 * search itself). The expression's lastIndex is left at 0.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`allMatches needs a global expression, not ${regex}`);
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0] === "")
      regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  regex.lastIndex = 0;
  return found;
}
