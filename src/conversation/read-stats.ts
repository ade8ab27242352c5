import { COUNTER_NAMES, type CounterName, recentDayStamps, stateKeys } from "../state/state-keys";
import type { Turn } from "./turn-context";

export interface PeriodTotals {
  readonly last7Days: number;
  readonly last30Days: number;
}

export type WorkspaceStats = Readonly<Record<CounterName, PeriodTotals>>;

/** Sums the per-day counters of the workspace over the last 7 and 30 days (today included). */
export async function readStats(turn: Turn): Promise<WorkspaceStats> {
  const days = recentDayStamps(turn.now(), 30);
  const keys = COUNTER_NAMES.flatMap((name) => days.map((day) => stateKeys.counter(turn.scope, day, name)));
  const values = await turn.store.readCounters(keys);

  const sum = (name: CounterName): PeriodTotals => {
    const offset = COUNTER_NAMES.indexOf(name) * days.length;
    let last7Days = 0;
    let last30Days = 0;
    for (let day = 0; day < days.length; day += 1) {
      const value = values[offset + day] ?? 0;
      last30Days += value;
      if (day < 7) last7Days += value;
    }
    return { last7Days, last30Days };
  };

  return {
    scanned: sum("scanned"),
    "conflation.equivalence": sum("conflation.equivalence"),
    "conflation.wrong_sense": sum("conflation.wrong_sense"),
    "conflation.implication": sum("conflation.implication"),
    replies: sum("replies"),
    not_helpful: sum("not_helpful"),
    "quiz.started": sum("quiz.started"),
    "quiz.completed": sum("quiz.completed"),
  };
}
