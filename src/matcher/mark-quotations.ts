/**
 * Chat writers quote with single quotes as often as double ones. A pair of standalone single quotes
 * around three or more words is a citation, so it becomes a pair of double quotes (which the report
 * gate understands); quotes around a word or two are emphasis and are left alone. Same length out.
 */
export function markQuotations(text: string): string {
  const chars = text.split("");
  const standalone: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== "'") continue;
    const before = chars[i - 1] ?? " ";
    const after = chars[i + 1] ?? " ";
    if (!(/[a-z0-9]/.test(before) && /[a-z0-9]/.test(after))) standalone.push(i);
  }
  for (let k = 0; k + 1 < standalone.length; k += 2) {
    const open = standalone[k] ?? 0;
    const close = standalone[k + 1] ?? 0;
    const words = text
      .slice(open + 1, close)
      .trim()
      .split(/\s+/).length;
    if (words >= 3) {
      chars[open] = '"';
      chars[close] = '"';
    }
  }
  return chars.join("");
}
