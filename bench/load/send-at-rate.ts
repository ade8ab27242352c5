import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import type { LoadEvent } from "./event-mix";

export interface RateStep {
  readonly ratePerSecond: number;
  readonly seconds: number;
}

/** What one step measured on the sending side. */
export interface StepResult {
  /** Events that fell due at the rate: the step's size. */
  readonly due: number;
  /** Requests actually sent (due events past the in-flight cap are not). */
  readonly sent: number;
  readonly acked: number;
  /** Non-200 answers, failed requests and due events that could not be sent. */
  readonly errors: number;
  readonly firstError?: string;
  /** From the first send to the last answer. */
  readonly elapsedMs: number;
  /** Time to the HTTP answer, from the moment the request was due (so queueing counts too). */
  readonly ackMs: Float64Array;
  /** When each term-mentioning message was due, by its channel, for matching replies. */
  readonly termSentAt: Map<string, number>;
}

export interface Target {
  readonly host: string;
  readonly port: number;
  readonly signingSecret: string;
}

const TICK_MS = 2;
const MAX_IN_FLIGHT = 2_000;

/**
 * Sends signed Slack events to POST /slack/events at a fixed rate (open loop: a slow server does not slow
 * the sender, it only makes the answers late), for a fixed time, and waits for the last answers.
 * A bounded number of requests may be in flight; past that a due event counts as an error.
 */
export async function sendAtRate(
  target: Target,
  step: RateStep,
  nextEvent: (sequence: number) => LoadEvent,
  firstSequence: number,
): Promise<StepResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(step.ratePerSecond * step.seconds);
  const ackMs = new Float64Array(total);
  const termSentAt = new Map<string, number>();
  let due = 0;
  let sent = 0;
  let acked = 0;
  let errors = 0;
  let firstError: string | undefined;
  let inFlight = 0;
  const start = performance.now();
  let lastAnswer = start;

  const fail = (reason: string): void => {
    errors += 1;
    firstError ??= reason;
  };

  await new Promise<void>((resolve) => {
    const settle = (): void => {
      if (due === total && inFlight === 0) resolve();
    };
    const sendOne = (index: number, dueAt: number): void => {
      const event = nextEvent(firstSequence + index);
      if (event.mentionsTerm) termSentAt.set(event.channel, dueAt);
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = createHmac("sha256", target.signingSecret)
        .update(`v0:${timestamp}:${event.body}`)
        .digest("hex");
      inFlight += 1;
      sent += 1;
      const outgoing = request(
        {
          host: target.host,
          port: target.port,
          path: "/slack/events",
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(event.body),
            "x-slack-request-timestamp": String(timestamp),
            "x-slack-signature": `v0=${signature}`,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => {
            const now = performance.now();
            lastAnswer = now;
            ackMs[index] = now - dueAt;
            if (response.statusCode === 200) acked += 1;
            else fail(`HTTP ${response.statusCode}`);
            inFlight -= 1;
            settle();
          });
        },
      );
      outgoing.on("error", (error) => {
        lastAnswer = performance.now();
        ackMs[index] = Number.NaN;
        fail(error.message);
        inFlight -= 1;
        settle();
      });
      outgoing.end(event.body);
    };
    const tick = (): void => {
      const elapsed = performance.now() - start;
      const dueNow = Math.min(total, Math.floor((elapsed / 1000) * step.ratePerSecond) + 1);
      while (due < dueNow) {
        const dueAt = start + (due / step.ratePerSecond) * 1000;
        if (inFlight >= MAX_IN_FLIGHT) {
          ackMs[due] = Number.NaN;
          fail(`more than ${MAX_IN_FLIGHT} requests waiting for an answer`);
        } else {
          sendOne(due, dueAt);
        }
        due += 1;
      }
      if (due < total) setTimeout(tick, TICK_MS);
      else settle();
    };
    tick();
  });
  agent.destroy();
  return {
    due,
    sent,
    acked,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    elapsedMs: lastAnswer - start,
    ackMs,
    termSentAt,
  };
}
