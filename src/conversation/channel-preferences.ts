import { stateKeys } from "../state/state-keys";
import type { Turn } from "./turn-context";
import type { DeliveryMode } from "./types";

const MODES: readonly DeliveryMode[] = ["ephemeral", "thread", "dm"];

/** Where passive clarifications go in this channel: its `mode`, else the configured default. */
export async function readChannelMode(turn: Turn, channelId: string): Promise<DeliveryMode> {
  const stored = await turn.store.get(stateKeys.mode(turn.scope, channelId));
  return MODES.find((mode) => mode === stored?.value) ?? turn.settings.defaultDeliveryMode;
}

export async function writeChannelMode(turn: Turn, channelId: string, mode: DeliveryMode): Promise<void> {
  await turn.store.set(stateKeys.mode(turn.scope, channelId), mode);
}

/** The mute key's TTL does the unmuting, so an expired mute reads as absent. */
export async function isChannelMuted(turn: Turn, channelId: string): Promise<boolean> {
  return (await turn.store.get(stateKeys.mute(turn.scope, channelId))) !== undefined;
}

export async function muteChannel(turn: Turn, channelId: string, durationMs: number): Promise<void> {
  const until = turn.now() + durationMs;
  await turn.store.set(stateKeys.mute(turn.scope, channelId), String(until), { ttlMs: durationMs });
}

export async function unmuteChannel(turn: Turn, channelId: string): Promise<void> {
  await turn.store.delete(stateKeys.mute(turn.scope, channelId));
}
