import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { createClient, type RedisClientType } from "redis";

/** The node-redis client type that `createClient({ url })` returns; what the Redis stores accept. */
export type RedisClient = RedisClientType;

export interface RedisConnectionOptions {
  readonly url: string;
  readonly logger?: Logger;
  /**
   * Limit for one connection attempt, and for how long commands issued before the first attempt
   * has settled wait for it. Default 5000.
   */
  readonly connectTimeoutMs?: number;
  /** Cap of the exponential reconnect backoff. Default 2000. */
  readonly maxReconnectDelayMs?: number;
  /** A command without an answer in this time rejects, so a frozen server cannot hold callers. Default 2000. */
  readonly commandTimeoutMs?: number;
  /** Minimum time between two logged connection errors; the ones in between are only counted. Default 30000. */
  readonly errorLogIntervalMs?: number;
}

export interface RedisConnection {
  readonly client: RedisClient;
  /**
   * Settles once the first connection attempt has: true when connected, false when Redis could
   * not be reached in time (the client keeps reconnecting in the background). Never rejects.
   */
  readonly ready: Promise<boolean>;
  /** Closes the client; resolves even when Redis is down. */
  close(): Promise<void>;
}

/** Exponential backoff from 50 ms, capped, with up to 20% jitter so many clients do not reconnect in step. */
export function reconnectDelayMs(retries: number, maxDelayMs: number): number {
  const base = Math.min(50 * 2 ** Math.min(retries, 16), maxDelayMs);
  return Math.round(base * (1 + Math.random() * 0.2));
}

/**
 * Opens a node-redis client that never crashes the process and never parks a caller: 'error' is
 * always handled (and logged, rate-limited), the offline queue is off so commands reject at once
 * while disconnected, and reconnection goes on forever in the background. `connect()` is not
 * awaited because with a retrying strategy it would not settle while Redis is down.
 */
export function openRedisConnection(options: RedisConnectionOptions): RedisConnection {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  const maxReconnectDelayMs = options.maxReconnectDelayMs ?? 2000;
  const errorLogIntervalMs = options.errorLogIntervalMs ?? 30_000;
  const logger = options.logger;

  const client: RedisClient = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.commandTimeoutMs ?? 2000 },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries: number) => reconnectDelayMs(retries, maxReconnectDelayMs),
    },
  });

  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  let unloggedErrors = 0;
  let outage = false;
  let settleReady: (connected: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => {
    settleReady = resolve;
  });
  const startupTimer = setTimeout(() => settleReady(false), connectTimeoutMs);
  startupTimer.unref();

  client.on("error", (error: unknown) => {
    settleReady(false);
    outage = true;
    const now = Date.now();
    if (now - lastLoggedAt < errorLogIntervalMs) {
      unloggedErrors += 1;
      return;
    }
    lastLoggedAt = now;
    logger?.warn(
      { err: error, unloggedErrors },
      "Redis is unreachable: state calls fail until it is back; reconnecting in the background",
    );
    unloggedErrors = 0;
  });
  client.on("ready", () => {
    clearTimeout(startupTimer);
    settleReady(true);
    if (outage) {
      outage = false;
      logger?.info({ unloggedErrors }, "Redis is reachable again");
    }
  });

  client.connect().catch(() => {
    // Only reached when the client is closed while still connecting; 'error' already logged why.
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      clearTimeout(startupTimer);
      settleReady(false);
      if (!client.isReady) {
        // A connection attempt under way survives destroy() and would keep the process alive.
        client.on("connect", () => client.destroy());
        client.destroy();
        return;
      }
      // close() drains pending commands but can wait forever if the socket dies meanwhile.
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, connectTimeoutMs);
      });
      await Promise.race([client.close().catch(() => undefined), gaveUp]);
      clearTimeout(timer);
      client.destroy();
    })();
    return closing;
  };

  return { client, ready, close };
}

export interface LuaScript {
  readonly source: string;
  readonly sha1: string;
}

export function defineLuaScript(source: string): LuaScript {
  return { source, sha1: createHash("sha1").update(source).digest("hex") };
}

/** EVALSHA, falling back to EVAL when the server has not cached the script (fresh or restarted server). */
export async function runLuaScript(
  client: RedisClient,
  script: LuaScript,
  keys: string[],
  args: string[],
): Promise<unknown> {
  try {
    return await client.evalSha(script.sha1, { keys, arguments: args });
  } catch (error: unknown) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return client.eval(script.source, { keys, arguments: args });
  }
}
