import { describeEntry } from "../knowledge/describe-entry";
import type { KnowledgeProblem } from "../knowledge/describe-schema-issue";
import type { QuestionnaireFile } from "./questionnaire-schema";
import { reachableResults } from "./reachable-results";
import { RESULT_IDS } from "./types";

/**
 * The checks zod cannot express: uniqueness, completeness and whether the thresholds let every result
 * happen. Runs only on a file that already has the right shape.
 */
export function checkQuestionnaire(file: QuestionnaireFile): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const at = (...path: PropertyKey[]) => describeEntry(path, file);

  problems.push(
    ...duplicates(file.questions, (question) => question.id, "questions", "question ids must be unique", at),
  );
  file.questions.forEach((question, q) => {
    const scope = (...path: PropertyKey[]) => at("questions", q, ...path);
    problems.push(
      ...duplicates(
        question.options,
        (option) => option.id,
        "options",
        "option ids must be unique within a question",
        scope,
      ),
      // Typed answers are matched on labels, so two equal labels would make one option unreachable by text.
      ...duplicates(
        question.options,
        (option) => option.label.replace(/\s+/g, " ").toLowerCase(),
        "options",
        "labels must differ within a question",
        scope,
        "reword",
      ),
    );
  });

  problems.push(
    ...duplicates(file.results, (result) => result.id, "results", "each result is defined once", at),
  );
  for (const id of RESULT_IDS) {
    if (!file.results.some((result) => result.id === id)) {
      problems.push({
        entry: "results",
        fix: `there is no result "${id}"; add one with id: ${id}, a title and an explanation`,
      });
    }
  }

  const reachable = reachableResults(file.questions, file.thresholds);
  const ranges = axisRanges(file);
  for (const id of RESULT_IDS) {
    if (!reachable.has(id)) {
      problems.push({
        entry: "thresholds",
        fix:
          `no set of answers leads to "${id}" (totals range over application ${ranges.application}` +
          ` and network ${ranges.network}, thresholds are ${file.thresholds.application} and` +
          ` ${file.thresholds.network}); change the thresholds or the option scores so it can happen`,
      });
    }
  }
  return problems;
}

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  listName: string,
  rule: string,
  at: (...path: PropertyKey[]) => string,
  verb = "rename",
): KnowledgeProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: KnowledgeProblem[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      return;
    }
    problems.push({
      entry: at(listName, index),
      fix: `${rule}, but ${listName}[${first}] already uses "${value}"; ${verb} one of them`,
    });
  });
  return problems;
}

function axisRanges(file: QuestionnaireFile): { application: string; network: string } {
  const range = (axis: "application" | "network") => {
    let low = 0;
    let high = 0;
    for (const question of file.questions) {
      const scores = question.options.map((option) => option.scores[axis]);
      low += Math.min(...scores);
      high += Math.max(...scores);
    }
    return `${low}-${high}`;
  };
  return { application: range("application"), network: range("network") };
}
