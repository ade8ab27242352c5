import { COUNTER_TTL_MS, type CounterName, dayStamp, stateKeys } from "../state/state-keys";
import { buffersCounters } from "./buffered-counters";
import type { Turn } from "./turn-context";

/**
 * Adds one to today's counter: buffered when the store can (see bufferCounters), else at once. Best
 * effort on purpose: a lost count must never cost a reply, so a failing store is logged and otherwise
 * ignored.
 */
export async function recordStat(turn: Turn, name: CounterName): Promise<void> {
  const key = stateKeys.counter(turn.scope, dayStamp(turn.now()), name);
  if (buffersCounters(turn.store)) {
    turn.store.addSoon(key, 1, COUNTER_TTL_MS);
    return;
  }
  try {
    await turn.store.increment(key, 1, COUNTER_TTL_MS);
  } catch (error: unknown) {
    turn.log.warn({ err: error, counter: name }, "could not record a statistic; carrying on");
  }
}
