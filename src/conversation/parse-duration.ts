const UNIT_MS: Readonly<Record<string, number>> = {
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hrs: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** Longer mutes are better expressed as `mode` changes or removing the bot from the channel. */
export const MAX_MUTE_MS = 30 * 86_400_000;

/**
 * Reads a mute length such as "30m", "2h", "1d", "90 minutes" or "for 2 hours". Returns undefined
 * for anything else (including zero and lengths over 30 days) so the caller can show the usage.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:for\s+)?(\d{1,4})\s*([a-z]+)$/i.exec(text.trim());
  if (match === null) return undefined;
  const amount = Number(match[1]);
  const unit = UNIT_MS[(match[2] ?? "").toLowerCase()];
  if (unit === undefined || amount <= 0) return undefined;
  const ms = amount * unit;
  return ms > MAX_MUTE_MS ? undefined : ms;
}

/**
 * "30 minutes", "2 hours", "24 hours", "3 days": the largest unit that divides the length evenly,
 * except that up to two days read better in hours ("the next 24 hours", not "the next 1 day").
 */
export function formatDuration(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, "day"],
    [3_600_000, "hour"],
    [60_000, "minute"],
  ];
  for (const [size, name] of units) {
    if (name === "day" && ms <= 2 * size) continue;
    if (ms >= size && ms % size === 0) {
      const count = ms / size;
      return `${count} ${name}${count === 1 ? "" : "s"}`;
    }
  }
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
