import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { KnowledgeInvalidError } from "../errors";
import { describeSchemaIssue, type KnowledgeProblem } from "../questionnaire/describe-schema-issue";
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
export function loadReplies(path: string = defaultRepliesPath()): ReplyTexts {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new KnowledgeInvalidError([
      `${path}: the file: cannot be read (${code}); check the path or restore intents/replies.yml`,
    ]);
  }
  return parseReplies(source, path);
}

/** The same checks on YAML text; `fileName` only labels the problems. */
export function parseReplies(source: string, fileName: string): ReplyTexts {
  const fail = (problems: readonly KnowledgeProblem[]): never => {
    throw new KnowledgeInvalidError(
      problems.map((problem) => `${fileName}: ${problem.entry}: ${problem.fix}`),
    );
  };
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    return fail(
      document.errors.map((error) => {
        const position = error.linePos?.[0];
        const firstLine = error.message.split("\n")[0] ?? error.message;
        return {
          entry: position === undefined ? "the YAML" : `line ${position.line}, column ${position.col}`,
          fix: `${firstLine}; fix the YAML syntax there`,
        };
      }),
    );
  }
  const raw: unknown = document.toJS();
  const parsed = repliesFileSchema.safeParse(raw);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => describeSchemaIssue(issue, raw)));
  const problems = checkLengths(parsed.data);
  if (problems.length > 0) return fail(problems);
  return parsed.data;
}

function checkLengths(replies: ReplyTexts): KnowledgeProblem[] {
  const short: Array<[string, readonly string[] | undefined]> = [];
  for (const kind of ["equivalence", "wrong_sense", "implication"] as const) {
    const set = replies.clarifications[kind];
    short.push([`clarifications.${kind}.any`, set.any]);
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

/** intents/replies.yml at the repository root, found from here in both src/ and the built dist/src/. */
function defaultRepliesPath(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, "package.json"))) {
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return join(directory, "intents", "replies.yml");
}
