import type { AxisScores, QuizThresholds, ResultId } from "./types";

/**
 * Each axis either reaches its threshold or not; the two yes/no answers map onto the four results.
 * Kept this simple so a domain expert can predict a result from the YAML alone.
 */
export function decideResult(scores: AxisScores, thresholds: QuizThresholds): ResultId {
  const application = scores.application >= thresholds.application;
  const network = scores.network >= thresholds.network;
  if (application && network) return "both";
  if (application) return "microservices";
  if (network) return "microsegmentation";
  return "neither";
}
