import { decideResult } from "./decide-result";
import type { AxisScores, QuizThresholds, ResultId } from "./types";

/** Only the scores matter here, so the raw file and a loaded definition both fit. */
type ScoredQuestion = { readonly options: readonly { readonly scores: AxisScores }[] };

/**
 * Every result some complete set of answers can lead to. Walks the distinct (application, network)
 * totals rather than every answer combination: scores are small integers, so this stays tiny.
 */
export function reachableResults(
  questions: readonly ScoredQuestion[],
  thresholds: QuizThresholds,
): Set<ResultId> {
  let totals = new Map<string, AxisScores>([["0,0", { application: 0, network: 0 }]]);
  for (const question of questions) {
    const next = new Map<string, AxisScores>();
    for (const total of totals.values()) {
      for (const option of question.options) {
        const application = total.application + option.scores.application;
        const network = total.network + option.scores.network;
        next.set(`${application},${network}`, { application, network });
      }
    }
    totals = next;
  }
  const results = new Set<ResultId>();
  for (const total of totals.values()) results.add(decideResult(total, thresholds));
  return results;
}
