import type { KnowledgeProblem } from "../knowledge/describe-schema-issue";
import { intentsPath } from "../knowledge/intents-path";
import { failWith, parseKnowledgeSource, parseKnowledgeYaml } from "../knowledge/parse-knowledge-yaml";
import { type ReplyTexts, repliesFileSchema } from "./replies-schema";

/** Unsolicited replies must stay short: this many sentences at most. */
const MAX_SENTENCES = 3;
const MAX_CHARACTERS = 420;

/**
 * Reads and validates intents/replies.yml, reporting every problem at once with the file, the entry
 * and the fix, so a domain expert can correct the texts in one pass.
 *
 * @throws KnowledgeInvalidError when the file is missing, not YAML, or not shaped as documented.
 */
export function loadReplies(path: string = intentsPath("replies.yml")): ReplyTexts {
  const parsed = parseKnowledgeYaml(path, repliesFileSchema);
  return checked(parsed.data, parsed.problems, path);
}

/** The same checks on YAML text; `fileName` only labels the problems. */
export function parseReplies(source: string, fileName: string): ReplyTexts {
  const parsed = parseKnowledgeSource(source, repliesFileSchema);
  return checked(parsed.data, parsed.problems, fileName);
}

function checked(
  data: ReplyTexts | undefined,
  problems: readonly KnowledgeProblem[],
  fileName: string,
): ReplyTexts {
  if (data === undefined) return failWith(fileName, problems);
  const tooLong = checkLengths(data);
  if (tooLong.length > 0) return failWith(fileName, tooLong);
  return data;
}

function checkLengths(replies: ReplyTexts): KnowledgeProblem[] {
  const short: Array<[string, readonly string[] | undefined]> = [];
  for (const kind of ["equivalence", "wrong_sense", "implication"] as const) {
    const set = replies.clarifications[kind];
    short.push([`clarifications.${kind}.general`, set.general]);
    short.push([`clarifications.${kind}.microservices`, set.microservices]);
    short.push([`clarifications.${kind}.microsegmentation`, set.microsegmentation]);
  }
  short.push(["answers.definition.microservices", replies.answers.definition.microservices]);
  short.push(["answers.definition.microsegmentation", replies.answers.definition.microsegmentation]);
  short.push(["answers.difference", replies.answers.difference]);

  const problems: KnowledgeProblem[] = [];
  for (const [entry, texts] of short) {
    texts?.forEach((candidate, index) => {
      const sentences = countSentences(candidate);
      if (sentences > MAX_SENTENCES || candidate.length > MAX_CHARACTERS) {
        problems.push({
          entry: `${entry}[${index}]`,
          fix:
            `has ${sentences} sentence(s) and ${candidate.length} characters; shorten it to at most ` +
            `${MAX_SENTENCES} sentences and ${MAX_CHARACTERS} characters, it is posted uninvited`,
        });
      }
    });
  }
  return problems;
}

function countSentences(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== "").length;
}
