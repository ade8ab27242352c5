/** Time as the limiter sees it; tests pass a fake one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Lane {
  tail: Promise<void>;
  lastStart: number;
  pending: number;
}

// Lanes are forgotten once idle; the sweep only runs when many accumulate, so it costs nothing normally.
const sweepThreshold = 1000;

/**
 * Slack allows about one message per second per channel from an app. This serialises the tasks for each
 * channel and spaces their starts by `intervalMs`; different channels do not wait for each other.
 * The queue lives in this process: two instances of the bot each keep their own pace.
 */
export class ChannelRateLimiter {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly intervalMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  run<T>(channelId: string, task: () => Promise<T>): Promise<T> {
    if (this.lanes.size > sweepThreshold) this.sweep();
    const lane = this.lanes.get(channelId) ?? {
      tail: Promise.resolve(),
      lastStart: Number.NEGATIVE_INFINITY,
      pending: 0,
    };
    this.lanes.set(channelId, lane);
    lane.pending += 1;
    const result = lane.tail.then(async () => {
      const wait = lane.lastStart + this.intervalMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      lane.lastStart = this.clock.now();
      return task();
    });
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    lane.tail = settled.then(() => {
      lane.pending -= 1;
    });
    return result;
  }

  /** Number of channels with a recent or queued message; for tests and metrics. */
  get size(): number {
    return this.lanes.size;
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [channelId, lane] of this.lanes) {
      if (lane.pending === 0 && lane.lastStart + this.intervalMs <= now) this.lanes.delete(channelId);
    }
  }
}
