import { intentsPath } from "../knowledge/intents-path";
import { failWith, parseKnowledgeYaml } from "../knowledge/parse-knowledge-yaml";
import { checkQuestionnaire } from "./check-questionnaire";
import { type QuestionnaireFile, questionnaireFileSchema } from "./questionnaire-schema";
import type { QuizDefinition, QuizResultDefinition, ResultId } from "./types";

/**
 * Reads and validates the questionnaire. Every problem in the file is reported at once, each naming
 * the file, the entry and the fix, so an author can correct the YAML in one pass.
 *
 * @throws KnowledgeInvalidError when the file is missing, is not YAML or does not describe a sound questionnaire.
 */
export function loadQuestionnaire(path: string = intentsPath("questionnaire.yml")): QuizDefinition {
  const parsed = parseKnowledgeYaml(path, questionnaireFileSchema);
  if (parsed.data === undefined) return failWith(path, parsed.problems);

  const problems = checkQuestionnaire(parsed.data);
  if (problems.length > 0) return failWith(path, problems);
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
