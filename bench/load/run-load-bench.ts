import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { createClient } from "redis";
import { type BenchInstance, startBenchInstance } from "./bench-instance";
import { createEventMix } from "./event-mix";
import { FakeWebApi } from "./fake-web-api";
import { type RateStep, sendAtRate } from "./send-at-rate";
import { header, meetsTargets, row, type StepFigures, summariseStep, TARGETS } from "./summarise-step";

/*
 * `npm run bench:load`: one microsense instance (a child process running the build) in Slack HTTP mode
 * with Redis, fed signed Slack message events over loopback at increasing rates. Everything stays on
 * 127.0.0.1, every step is bounded in count and time, and the run cleans up its Redis keys.
 *
 *   node dist/bench/load/run-load-bench.js [--rates=500,1000,2000,3000] [--seconds=5]
 */

const REDIS_URL = "redis://127.0.0.1:6379";
const WARM_UP: RateStep = { ratePerSecond: 300, seconds: 3 };
const MAX_RATE = 10_000;
const MAX_SECONDS = 30;
const DRAIN_LIMIT_MS = 60_000;
const QUIET_MS = 500;

function parseArguments(argv: readonly string[]): RateStep[] {
  const value = (name: string): string | undefined =>
    argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
  const rates = (value("rates") ?? "500,1000,2000,3000").split(",").map(Number);
  const seconds = Number(value("seconds") ?? "5");
  const valid = (n: number, max: number): boolean => Number.isInteger(n) && n > 0 && n <= max;
  if (!rates.every((rate) => valid(rate, MAX_RATE)) || !valid(seconds, MAX_SECONDS)) {
    throw new Error(`Use --rates=N,N,... (1 to ${MAX_RATE} events/s) and --seconds=N (1 to ${MAX_SECONDS}).`);
  }
  return rates.map((ratePerSecond) => ({ ratePerSecond, seconds }));
}

async function waitUntil(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Waits until the instance has handled the `expected` events it accepted, and replies stop arriving. */
async function settle(instance: BenchInstance, api: FakeWebApi, expected: number): Promise<number> {
  const drained = await waitUntil(async () => (await instance.handledEvents()) >= expected, DRAIN_LIMIT_MS);
  const handledAt = performance.now();
  if (!drained)
    process.stdout.write(`  (the instance had not handled all events after ${DRAIN_LIMIT_MS} ms)\n`);
  let seen = api.posted.length;
  let quietSince = performance.now();
  await waitUntil(async () => {
    if (api.posted.length !== seen) {
      seen = api.posted.length;
      quietSince = performance.now();
    }
    return performance.now() - quietSince >= QUIET_MS;
  }, 10_000);
  return handledAt;
}

/** Polls the instance's resident memory while `work` runs; resolves with the peak in MB. */
async function peakMemoryDuring(instance: BenchInstance, work: Promise<unknown>): Promise<number> {
  let peak = instance.memory().rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, instance.memory().rssMb);
  }, 50);
  try {
    await work;
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, instance.memory().rssMb);
}

async function deleteKeys(prefix: string): Promise<number> {
  const client = createClient({ url: REDIS_URL });
  client.on("error", () => undefined);
  await client.connect();
  let deleted = 0;
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) deleted += await client.del(keys);
    }
  } finally {
    client.destroy();
  }
  return deleted;
}

async function main(): Promise<void> {
  const steps = parseArguments(process.argv.slice(2));
  const prefix = `msbench:${process.pid}-${randomBytes(4).toString("hex")}:`;
  const signingSecret = randomBytes(16).toString("hex");
  const api = await FakeWebApi.start();
  const mainJs = join(__dirname, "..", "..", "src", "main.js");
  const instance = await startBenchInstance(mainJs, {
    apiUrl: api.apiUrl,
    signingSecret,
    redisUrl: REDIS_URL,
    keyPrefix: prefix,
  });
  const target = { host: "127.0.0.1", port: instance.port, signingSecret };
  const nextEvent = createEventMix(20_240_601);
  const figures: StepFigures[] = [];
  let sequence = 0;
  try {
    process.stdout.write(
      `microsense load benchmark: one instance (pid ${instance.pid}) in Slack HTTP mode, Redis at ${REDIS_URL}, ` +
        `loopback only; about 5% of messages mention a term.\n`,
    );
    process.stdout.write(`Warm-up: ${WARM_UP.ratePerSecond} events/s for ${WARM_UP.seconds} s\n`);
    const warm = await sendAtRate(target, WARM_UP, nextEvent, sequence);
    sequence += warm.due;
    let accepted = warm.acked;
    await settle(instance, api, accepted);

    process.stdout.write(`${header()}\n`);
    for (const step of steps) {
      const postedBefore = api.posted.length;
      let handledAt = 0;
      let started = 0;
      const instanceCpuBefore = instance.cpuMs();
      const benchCpuBefore = process.cpuUsage();
      let result: Awaited<ReturnType<typeof sendAtRate>> | undefined;
      const peakRssMb = await peakMemoryDuring(
        instance,
        (async () => {
          started = performance.now();
          result = await sendAtRate(target, step, nextEvent, sequence);
          sequence += result.due;
          accepted += result.acked;
          handledAt = await settle(instance, api, accepted);
        })(),
      );
      if (result === undefined) throw new Error("a step produced no result");
      const benchCpu = process.cpuUsage(benchCpuBefore);
      const cpu = {
        instanceMs: instance.cpuMs() - instanceCpuBefore,
        benchMs: (benchCpu.user + benchCpu.system) / 1000,
        wallMs: performance.now() - started,
      };
      const posted = api.posted.slice(postedBefore);
      const summary = summariseStep(step, result, handledAt - started, posted, peakRssMb, cpu);
      figures.push(summary);
      process.stdout.write(
        `${row(summary)}${summary.firstError ? `  first error: ${summary.firstError}` : ""}\n`,
      );
    }
  } finally {
    const { peakMb } = instance.memory();
    const code = await instance.stop();
    await api.close();
    const deleted = await deleteKeys(prefix).catch(() => -1);
    process.stdout.write(
      `Peak RSS of the instance over the whole run (VmHWM): ${peakMb.toFixed(0)} MB. Exit code after SIGTERM: ` +
        `${code}. Deleted ${deleted} Redis keys under ${prefix}.\n`,
    );
  }

  const warnings = instance.problems.filter((line) => line.includes('"level":"warn"'));
  const problems = instance.problems.filter((line) => !line.includes('"level":"warn"'));
  process.stdout.write(
    `Targets (2-core machine): >= ${TARGETS.ratePerSecond} events/s handled with p99 ack < ${TARGETS.ackP99Ms} ms, ` +
      `no errors, RSS < ${TARGETS.rssMb} MB.\n` +
      "handled/s: events fully handled per second (first send to last event handled); ack: time from when an " +
      "event was due to its HTTP answer; reply: time to the reply reaching the stand-in Web API; replies: " +
      "replies / messages that mention a term (mentions and off-topic questions get none); CPU: the " +
      "instance's user + system time per accepted event and as a share of one core, next to this process's.\n",
  );
  const best = figures.filter(meetsTargets).sort((a, b) => b.ratePerSecond - a.ratePerSecond)[0];
  process.stdout.write(
    best === undefined
      ? "Verdict: no step met every target.\n"
      : `Verdict: targets met up to ${best.ratePerSecond} events/s${best.ratePerSecond >= TARGETS.ratePerSecond ? "" : " (below the target rate)"}.\n`,
  );
  if (warnings.length > 0)
    process.stdout.write(`The instance logged ${warnings.length} warning(s); the first: ${warnings[0]}\n`);
  if (problems.length > 0) {
    process.stdout.write(`The instance logged ${problems.length} error line(s); the first: ${problems[0]}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
