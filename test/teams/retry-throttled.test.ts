import pino from "pino";
import type { Clock } from "../../adapters/teams/conversation-rate-limiter";
import { retryAfterMs, retryThrottled } from "../../adapters/teams/retry-throttled";

/** Shaped like the RestError botbuilder's connector client throws. */
function restError(statusCode: number, retryAfter?: string) {
  const headers = new Map(retryAfter === undefined ? [] : [["retry-after", retryAfter]]);
  return Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers } });
}

function recordingClock(): Clock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, now: () => Date.parse("2024-01-01T00:00:00Z"), sleep: async (ms) => void slept.push(ms) };
}

const logger = pino({ level: "silent" });

describe("retryThrottled", () => {
  it("sends again after Retry-After while the connector answers 429", async () => {
    const clock = recordingClock();
    const failures = [restError(429, "2"), restError(429)];
    let attempts = 0;

    const result = await retryThrottled(
      async () => {
        attempts++;
        const failure = failures.shift();
        if (failure) throw failure;
        return "sent";
      },
      { rounds: 3, clock, logger, what: "post" },
    );

    expect(result).toBe("sent");
    expect(attempts).toBe(3);
    expect(clock.slept).toEqual([2_000, 1_000]);
  });

  it("reports each further round, and only those", async () => {
    let rounds = 0;
    let attempts = 0;

    await retryThrottled(
      async () => {
        attempts++;
        if (attempts < 3) throw restError(429, "0");
        return "sent";
      },
      { rounds: 3, clock: recordingClock(), logger, what: "post", onRetry: () => rounds++ },
    );

    expect(rounds).toBe(2);
  });

  it("gives up with PLATFORM_API_FAILED after the last round", async () => {
    let attempts = 0;
    const sending = retryThrottled(
      async () => {
        attempts++;
        throw restError(429, "0");
      },
      { rounds: 2, clock: recordingClock(), logger, what: "post" },
    );

    await expect(sending).rejects.toMatchObject({ code: "PLATFORM_API_FAILED" });
    expect(attempts).toBe(2);
  });

  it.each([500, 403, undefined])("never resends after a %s: the message may have arrived", async (status) => {
    let attempts = 0;
    const sending = retryThrottled(
      async () => {
        attempts++;
        throw status === undefined ? new Error("socket hang up") : restError(status);
      },
      { rounds: 3, clock: recordingClock(), logger, what: "post" },
    );

    await expect(sending).rejects.toMatchObject({ code: "PLATFORM_API_FAILED" });
    expect(attempts).toBe(1);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2024-01-01T00:00:00Z");

  it.each([
    ["seconds", "3", 3_000],
    ["an HTTP date", "Mon, 01 Jan 2024 00:00:05 GMT", 5_000],
    ["a date in the past", "Sun, 31 Dec 2023 00:00:00 GMT", 0],
    ["garbage", "soon", undefined],
    ["nothing", undefined, undefined],
  ])("reads %s", (_name, header, expected) => {
    expect(retryAfterMs(restError(429, header), now)).toBe(expected);
  });
});
