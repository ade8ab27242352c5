import { COUNTER_TTL_MS, type CounterName, dayStamp, stateKeys } from "../state/state-keys";
import type { Turn } from "./turn-context";

/**
 * Adds one to today's counter. Best effort on purpose: a lost count must never cost a reply, so a
 * failing store is logged and otherwise ignored.
 */
export async function recordStat(turn: Turn, name: CounterName): Promise<void> {
  try {
    await turn.store.increment(stateKeys.counter(turn.scope, dayStamp(turn.now()), name), 1, COUNTER_TTL_MS);
  } catch (error: unknown) {
    turn.log.warn({ err: error, counter: name }, "could not record a statistic; carrying on");
  }
}
