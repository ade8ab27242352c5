/**
 * Redis going away must never crash the bot nor park a caller. These tests kill and restart a
 * private redis-server (never the shared one). Jest itself fails a test on any unhandled rejection
 * or uncaught exception, such as an 'error' event nobody listens to.
 */
import { Writable } from "node:stream";
import { pino } from "pino";
import { isMicrosenseError } from "../../src/errors";
import { createRedisStateStore } from "../../src/state/redis-state-store";
import { type RedisServer, startRedisServer } from "../support/redis-server";

interface LogEntry {
  readonly level: number;
  readonly msg: string;
}

const WARN = 40;
const INFO = 30;

function capturedLogger(): { logger: pino.Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      entries.push(JSON.parse(chunk.toString()) as LogEntry);
      done();
    },
  });
  return { logger: pino({ level: "info" }, sink), entries };
}

/** Resolves with the rejection reason; fails if the call resolves or hangs (not a speed check). */
async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve("still pending after 3 s"), 3000);
  });
  const outcome = await Promise.race([
    call.then(
      () => "resolved although Redis is down",
      (reason: unknown) => ({ reason }),
    ),
    hung,
  ]);
  clearTimeout(timer);
  if (typeof outcome === "string") throw new Error(outcome);
  return outcome.reason;
}

function codeOf(error: unknown): unknown {
  return isMicrosenseError(error) ? error.code : error;
}

async function waitUntilServing(ping: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await ping();
      return;
    } catch (error: unknown) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe("the Redis store while Redis is down", () => {
  let server: RedisServer;

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("fails fast with STATE_UNAVAILABLE, logs once, and works again after a restart", async () => {
    const { logger, entries } = capturedLogger();
    // A long command timeout proves the rejections come from the disabled offline queue.
    const store = createRedisStateStore({
      url: server.url,
      keyPrefix: "outage:",
      logger,
      maxReconnectDelayMs: 100,
      commandTimeoutMs: 10_000,
    });
    try {
      expect(await store.ready).toBe(true);
      await store.set("quiz", "before");
      expect(await store.increment("replies")).toBe(1);

      await server.stop();
      const calls: Array<() => Promise<unknown>> = [
        () => store.get("quiz"),
        () => store.set("quiz", "during", { ifVersion: 1 }),
        () => store.delete("quiz"),
        () => store.claim("dedupe", 1000),
        () => store.increment("replies"),
        () => store.readCounters(["replies"]),
        () => store.ping(),
      ];
      for (const call of calls) {
        const error = await rejectionOf(call());
        expect(codeOf(error)).toBe("STATE_UNAVAILABLE");
        expect((error as Error).cause).toBeInstanceOf(Error);
      }

      await server.start();
      await waitUntilServing(() => store.ping());
      expect(await store.get("quiz")).toBeUndefined();
      expect(await store.set("quiz", "after", { ifVersion: "absent" })).toBe(1);
      expect(await store.get("quiz")).toEqual({ value: "after", version: 1 });

      expect(entries.filter((entry) => entry.level === WARN)).toHaveLength(1);
      expect(entries.some((entry) => entry.level === INFO && /reachable again/.test(entry.msg))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("can be created while Redis is down and serves once Redis is up", async () => {
    await server.stop();
    const store = createRedisStateStore({ url: server.url, keyPrefix: "late:", maxReconnectDelayMs: 100 });
    try {
      expect(await store.ready).toBe(false);
      expect(codeOf(await rejectionOf(store.get("quiz")))).toBe("STATE_UNAVAILABLE");
      expect(codeOf(await rejectionOf(store.claim("dedupe", 1000)))).toBe("STATE_UNAVAILABLE");

      await server.start();
      await waitUntilServing(() => store.ping());
      expect(await store.claim("dedupe", 60_000)).toBe(true);
      expect(await store.claim("dedupe", 60_000)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it("closes without hanging when Redis died under an open store", async () => {
    const store = createRedisStateStore({ url: server.url, keyPrefix: "closing:", maxReconnectDelayMs: 100 });
    expect(await store.ready).toBe(true);
    await store.set("quiz", "x");
    await server.stop();
    await expect(store.close()).resolves.toBeUndefined();
    expect(codeOf(await rejectionOf(store.get("quiz")))).toBe("STATE_UNAVAILABLE");
    await server.start();
  });
});
