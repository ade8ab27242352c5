import type { QuizQuestion } from "./types";

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Maps a typed reply (console, 1:1 text chat) to an option id: its 1-based number ("2", " 2. ", "2)"),
 * its label or id regardless of case and spacing, or a prefix of exactly one label. Anything else,
 * including an ambiguous prefix, gives undefined so the caller can ask again instead of guessing.
 */
export function parseTextAnswer(question: QuizQuestion, text: string): string | undefined {
  const typed = normalise(text);
  if (typed === "") return undefined;

  const number = /^(\d+)\s*[.)]?$/.exec(typed);
  if (number?.[1] !== undefined) {
    return question.options[Number(number[1]) - 1]?.id;
  }

  const exact = question.options.find(
    (option) => normalise(option.label) === typed || option.id.toLowerCase() === typed,
  );
  if (exact !== undefined) return exact.id;

  const prefixed = question.options.filter((option) => normalise(option.label).startsWith(typed));
  return prefixed.length === 1 ? prefixed[0]?.id : undefined;
}
