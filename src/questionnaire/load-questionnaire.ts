import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { KnowledgeInvalidError } from "../errors";
import { intentsPath } from "../knowledge/intents-path";
import { checkQuestionnaire } from "./check-questionnaire";
import { describeSchemaIssue, type KnowledgeProblem } from "./describe-schema-issue";
import { type QuestionnaireFile, questionnaireFileSchema } from "./questionnaire-schema";
import type { QuizDefinition, QuizResultDefinition, ResultId } from "./types";

/**
 * Reads and validates the questionnaire. Every problem in the file is reported at once, each naming
 * the file, the entry and the fix, so an author can correct the YAML in one pass.
 *
 * @throws KnowledgeInvalidError when the file is missing, is not YAML or does not describe a sound questionnaire.
 */
export function loadQuestionnaire(path: string = intentsPath("questionnaire.yml")): QuizDefinition {
  const fail = (problems: readonly KnowledgeProblem[]): never => {
    throw new KnowledgeInvalidError(problems.map((problem) => `${path}: ${problem.entry}: ${problem.fix}`));
  };

  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return fail([{ entry: "the file", fix: `cannot be read (${code}); check the path or create the file` }]);
  }

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
  const parsed = questionnaireFileSchema.safeParse(raw);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => describeSchemaIssue(issue, raw)));

  const problems = checkQuestionnaire(parsed.data);
  if (problems.length > 0) return fail(problems);
  return toDefinition(parsed.data);
}

function toDefinition(file: QuestionnaireFile): QuizDefinition {
  const results = Object.fromEntries(file.results.map((result) => [result.id, result])) as Record<
    ResultId,
    QuizResultDefinition
  >;
  return {
    id: file.id,
    version: file.version,
    intro: file.intro,
    thresholds: file.thresholds,
    results,
    questions: file.questions.map((question) => ({
      id: question.id,
      text: question.text,
      options: question.options.map(({ id, label, scores, note }) =>
        note === undefined
          ? { id, label, scores }
          : { id, label, scores, note: { text: note.text, results: note.results ?? [] } },
      ),
    })),
    texts: {
      resume: file.texts.resume,
      cancelled: file.texts.cancelled,
      alreadyAnswered: file.texts.already_answered,
      stale: file.texts.stale,
      expired: file.texts.expired,
      outdated: file.texts.outdated,
      notStarted: file.texts.not_started,
    },
  };
}
