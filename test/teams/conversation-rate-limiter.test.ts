import { type Clock, createConversationRateLimiter } from "../../adapters/teams/conversation-rate-limiter";

/** A clock that only moves when the test says so. */
function manualClock(start = 1_000_000): Clock & { set(time: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async () => {},
    set(time) {
      now = time;
    },
  };
}

describe("the per-conversation rate limiter (7 per second, 60 per 30 seconds)", () => {
  it("lets 7 messages through at once and holds the 8th until a second after the first", () => {
    const limiter = createConversationRateLimiter(undefined, manualClock());

    const waits = Array.from({ length: 9 }, () => limiter.reserve("c"));

    expect(waits).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 1_000]);
  });

  it("holds the 61st message of 30 seconds until 30 seconds after the first", () => {
    const clock = manualClock(0);
    const limiter = createConversationRateLimiter(undefined, clock);
    for (let sent = 0; sent < 60; sent++) {
      clock.set(sent * 200);
      expect(limiter.reserve("c")).toBe(0);
    }

    clock.set(12_000);
    expect(limiter.reserve("c")).toBe(18_000);
  });

  it("counts each conversation on its own", () => {
    const limiter = createConversationRateLimiter(undefined, manualClock());
    for (let sent = 0; sent < 7; sent++) limiter.reserve("busy");

    expect(limiter.reserve("quiet")).toBe(0);
    expect(limiter.reserve("busy")).toBe(1_000);
  });

  it("frees slots as time passes", () => {
    const clock = manualClock(0);
    const limiter = createConversationRateLimiter(undefined, clock);
    for (let sent = 0; sent < 7; sent++) limiter.reserve("c");

    clock.set(1_000);
    expect(limiter.reserve("c")).toBe(0);
  });

  it("waits through the clock for a held slot", async () => {
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => void slept.push(ms) };
    const limiter = createConversationRateLimiter([{ max: 1, windowMs: 500 }], clock);

    await limiter.acquire("c");
    await limiter.acquire("c");

    expect(slept).toEqual([500]);
  });
});
