import type { AxisScores, QuizDefinition } from "./types";

/** Sums the chosen options' scores; answers to unknown questions or options count for nothing. */
export function scoreAnswers(
  definition: QuizDefinition,
  answers: Readonly<Record<string, string>>,
): AxisScores {
  let application = 0;
  let network = 0;
  for (const question of definition.questions) {
    const optionId = answers[question.id];
    const option = question.options.find((candidate) => candidate.id === optionId);
    if (option !== undefined) {
      application += option.scores.application;
      network += option.scores.network;
    }
  }
  return { application, network };
}
