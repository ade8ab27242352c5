/**
 * Marks that turn a whole message into sarcasm or an eye-roll at someone else's claim: nothing in it
 * is a sincere statement of the author's, so no rule may flag it.
 */
const SARCASM = /(?:^|\s)\/s\s*$|🙃|🙄|😂|🤣|\byeah right\b|^oh sure\b/u;

/**
 * Whether the folded message is marked as sarcasm. Every branch of the expression needs one of the
 * strings checked first, and most messages hold none: then the expression (slow to run, being a
 * Unicode one) need not.
 */
export function isSarcastic(text: string): boolean {
  const possible =
    text.includes("/s") ||
    text.includes("🙃") ||
    text.includes("🙄") ||
    text.includes("😂") ||
    text.includes("🤣") ||
    text.includes("yeah right") ||
    text.startsWith("oh sure");
  return possible && SARCASM.test(text);
}
