export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

/** Teams' documented per-conversation limits for a bot, the two that bite first. */
export const TEAMS_RATE_LIMITS: readonly RateLimit[] = [
  { max: 7, windowMs: 1_000 },
  { max: 60, windowMs: 30_000 },
];

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ConversationRateLimiter {
  /** Reserves the next free send slot for the conversation and returns how long to wait for it. */
  reserve(conversationKey: string): number;
  /** Waits for the next free send slot of the conversation. */
  acquire(conversationKey: string): Promise<void>;
}

const SWEEP_ABOVE_KEYS = 1_000;

/**
 * A sliding-window limiter per conversation, in this process only: several instances of the bot each
 * get the full budget. Slots are reserved synchronously, so concurrent turns in one conversation queue
 * up in order instead of racing for the same slot; nothing is ever dropped, only delayed.
 */
export function createConversationRateLimiter(
  limits: readonly RateLimit[] = TEAMS_RATE_LIMITS,
  clock: Clock = systemClock,
): ConversationRateLimiter {
  const longestWindow = Math.max(...limits.map((limit) => limit.windowMs));
  const slots = new Map<string, number[]>();

  function sweep(now: number): void {
    for (const [key, times] of slots) {
      if ((times.at(-1) ?? 0) <= now - longestWindow) slots.delete(key);
    }
  }

  function reserve(conversationKey: string): number {
    const now = clock.now();
    if (slots.size > SWEEP_ABOVE_KEYS) sweep(now);
    const times = (slots.get(conversationKey) ?? []).filter((time) => time > now - longestWindow);
    let slot = Math.max(now, times.at(-1) ?? now);
    for (const { max, windowMs } of limits) {
      const blocking = times[times.length - max];
      if (blocking !== undefined) slot = Math.max(slot, blocking + windowMs);
    }
    times.push(slot);
    slots.set(conversationKey, times);
    return slot - now;
  }

  return {
    reserve,
    async acquire(conversationKey) {
      const wait = reserve(conversationKey);
      if (wait > 0) await clock.sleep(wait);
    },
  };
}
