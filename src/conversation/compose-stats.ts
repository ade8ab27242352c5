import type { PeriodTotals, WorkspaceStats } from "./read-stats";

/** Bullets of the workspace's counters, each as "last 7 days / last 30 days". */
export function composeStats(stats: WorkspaceStats): string {
  const line = (label: string, totals: PeriodTotals): string =>
    `• ${label}: ${totals.last7Days} / ${totals.last30Days}`;
  const conflations: PeriodTotals = {
    last7Days:
      stats["conflation.equivalence"].last7Days +
      stats["conflation.wrong_sense"].last7Days +
      stats["conflation.implication"].last7Days,
    last30Days:
      stats["conflation.equivalence"].last30Days +
      stats["conflation.wrong_sense"].last30Days +
      stats["conflation.implication"].last30Days,
  };
  return [
    "*In this workspace* (last 7 days / last 30 days)",
    line("Messages read", stats.scanned),
    line("Mix-ups noticed", conflations),
    line("  treated as the same thing", stats["conflation.equivalence"]),
    line("  one term used for the other", stats["conflation.wrong_sense"]),
    line("  one said to require the other", stats["conflation.implication"]),
    line("Replies posted", stats.replies),
    line('"Not helpful" reports', stats.not_helpful),
    line("Quizzes started", stats["quiz.started"]),
    line("Quizzes completed", stats["quiz.completed"]),
  ].join("\n");
}
