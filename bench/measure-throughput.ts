import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Matcher } from "../src/matcher/types";

export interface ThroughputFigures {
  readonly messages: number;
  readonly perSecond: number;
  readonly p50Micros: number;
  readonly p99Micros: number;
  readonly maxMicros: number;
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
}

// `npm run bench` starts node without --expose-gc; turning the flag on at run time and fetching gc
// from a fresh context gives comparable heap readings without touching the npm script.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const MIN_RUN_NS = 1_000_000_000n;
// Per-message samples live outside the V8 heap so recording them does not skew the heap figures.
const samples = new Float64Array(8_000_000);

/**
 * Classifies `messages` over and over, single-threaded: first untimed per message for messages per
 * second (timer calls would dominate at a few microseconds each), then timing every call for p50/p99.
 * Each phase runs at least a second and at least one full pass.
 */
export function measureThroughput(matcher: Matcher, messages: readonly string[]): ThroughputFigures {
  if (messages.length === 0) throw new Error("measureThroughput needs at least one message");
  for (const text of messages) matcher.classify(text);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;

  let classified = 0;
  let sink = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < MIN_RUN_NS) {
    for (const text of messages) sink += matcher.classify(text).terms.length;
    classified += messages.length;
    elapsed = process.hrtime.bigint() - started;
  }
  const perSecond = (classified * 1e9) / Number(elapsed);

  let count = 0;
  const timedStart = process.hrtime.bigint();
  while (
    count < samples.length &&
    (count < messages.length || process.hrtime.bigint() - timedStart < MIN_RUN_NS)
  ) {
    for (const text of messages) {
      if (count >= samples.length) break;
      const before = process.hrtime.bigint();
      sink += matcher.classify(text).terms.length;
      samples[count++] = Number(process.hrtime.bigint() - before) / 1000;
    }
  }
  const heapAfter = process.memoryUsage().heapUsed;
  if (sink < 0) console.log(sink); // keeps the results observable so no call is optimised away

  const sorted = samples.subarray(0, count).sort();
  return {
    messages: messages.length,
    perSecond,
    p50Micros: percentile(sorted, 0.5),
    p99Micros: percentile(sorted, 0.99),
    maxMicros: sorted[sorted.length - 1] ?? 0,
    heapBeforeMb: heapBefore / 1024 / 1024,
    heapAfterMb: heapAfter / 1024 / 1024,
  };
}

export interface CallTime {
  /** The first call on this input: nothing cached for it yet, as for a message never seen before. */
  readonly firstMs: number;
  readonly bestMs: number;
}

/** Times `run(input)`: the first call and the best of `repeats` more. */
export function timeCall(run: (input: string) => unknown, input: string, repeats = 3): CallTime {
  const time = (): number => {
    const before = process.hrtime.bigint();
    run(input);
    return Number(process.hrtime.bigint() - before) / 1e6;
  };
  const firstMs = time();
  let bestMs = firstMs;
  for (let i = 0; i < repeats; i++) bestMs = Math.min(bestMs, time());
  return { firstMs, bestMs };
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}
