import { stateKeys } from "../state/state-keys";
import type { Turn } from "./turn-context";

export async function isOptedOut(turn: Turn, userId: string): Promise<boolean> {
  return (await turn.store.get(stateKeys.optOut(turn.scope, userId))) !== undefined;
}

/** No TTL: an opt-out stands until the person opts back in. */
export async function setOptedOut(turn: Turn, userId: string, optedOut: boolean): Promise<void> {
  const key = stateKeys.optOut(turn.scope, userId);
  if (optedOut) await turn.store.set(key, "1");
  else await turn.store.delete(key);
}
