import { ChannelRateLimiter, type Clock } from "../../adapters/slack/channel-rate-limiter";

/** A clock that only moves when the limiter sleeps, recording each sleep. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 10_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe("ChannelRateLimiter", () => {
  it("spaces messages to one channel by the interval, in order", async () => {
    const clock = fakeClock();
    const limiter = new ChannelRateLimiter(1000, clock);
    const started: Array<[string, number]> = [];
    await Promise.all(
      ["first", "second", "third"].map((name) =>
        limiter.run("C1", async () => {
          started.push([name, clock.now()]);
        }),
      ),
    );
    expect(started).toEqual([
      ["first", 10_000],
      ["second", 11_000],
      ["third", 12_000],
    ]);
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it("does not make different channels wait for each other", async () => {
    const clock = fakeClock();
    const limiter = new ChannelRateLimiter(1000, clock);
    await Promise.all(["C1", "C2", "C3"].map((channel) => limiter.run(channel, async () => channel)));
    expect(clock.sleeps).toEqual([]);
  });

  it("keeps going after a failed task and hands each caller its own result", async () => {
    const clock = fakeClock();
    const limiter = new ChannelRateLimiter(1000, clock);
    const failing = limiter.run("C1", async () => {
      throw new Error("channel_not_found");
    });
    const next = limiter.run("C1", async () => "posted");
    await expect(failing).rejects.toThrow("channel_not_found");
    await expect(next).resolves.toBe("posted");
    expect(clock.sleeps).toEqual([1000]);
  });

  it("does not wait when the last message is older than the interval", async () => {
    const clock = fakeClock();
    const limiter = new ChannelRateLimiter(1000, clock);
    await limiter.run("C1", async () => undefined);
    await clock.sleep(5000);
    clock.sleeps.length = 0;
    await limiter.run("C1", async () => undefined);
    expect(clock.sleeps).toEqual([]);
  });
});
