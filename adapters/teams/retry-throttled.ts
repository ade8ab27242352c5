import type { Logger } from "pino";
import { PlatformApiError } from "../../src/errors";
import type { Clock } from "./conversation-rate-limiter";

const DEFAULT_WAIT_MS = 1_000;
const MAX_WAIT_MS = 60_000;

function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("statusCode" in error)) return undefined;
  return typeof error.statusCode === "number" ? error.statusCode : undefined;
}

/** The HTTP status of a failed connector call, also when wrapped in a PlatformApiError. */
export function httpStatusOf(error: unknown): number | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return statusOf(error) ?? statusOf(cause);
}

/** Retry-After in seconds (or an HTTP date) from the RestError botbuilder's connector throws. */
export function retryAfterMs(error: unknown, now: number): number | undefined {
  if (typeof error !== "object" || error === null || !("response" in error)) return undefined;
  const headers = (error.response as { headers?: { get?: (name: string) => string | undefined } } | undefined)
    ?.headers;
  const raw = typeof headers?.get === "function" ? headers.get("retry-after") : undefined;
  if (raw === undefined || raw.trim() === "") return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * botbuilder's connector client already retries a 429 three times, honouring Retry-After (the
 * @azure/core-rest-pipeline throttling policy). When the connector keeps throttling past that, the message
 * was still not accepted, so sending it again cannot duplicate it: retry a few more rounds. Any other
 * failure is final here, since the connector may have accepted the message before failing.
 */
export async function retryThrottled<T>(
  send: () => Promise<T>,
  options: {
    readonly rounds: number;
    readonly clock: Clock;
    readonly logger: Logger;
    readonly what: string;
    /** Called before each further round, for metrics. */
    readonly onRetry?: () => void;
  },
): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await send();
    } catch (error) {
      const status = statusOf(error);
      if (status !== 429 || round >= options.rounds) {
        throw new PlatformApiError(
          `The Bot Framework connector refused to ${options.what}` +
            (status === undefined ? "." : ` (HTTP ${status}).`) +
            (status === 429 ? " Teams is throttling this bot; the message was not delivered." : ""),
          { cause: error },
        );
      }
      const wait = Math.min(retryAfterMs(error, options.clock.now()) ?? DEFAULT_WAIT_MS, MAX_WAIT_MS);
      options.logger.warn({ round, waitMs: wait }, "Teams throttled the bot; retrying after Retry-After");
      options.onRetry?.();
      await options.clock.sleep(wait);
    }
  }
}
