import type { Logger } from "pino";
import { StateConflictError, StateUnavailableError } from "../errors";
import { defineLuaScript, openRedisConnection, runLuaScript } from "./redis-connection";
import type { StateStore, VersionedValue, WriteOptions } from "./state-store";

export interface RedisStateStoreOptions {
  /** `redis[s]://[[user][:password]@]host[:port][/db]` */
  readonly url: string;
  /** Prepended to every key, so deployments and test runs sharing one Redis stay apart. */
  readonly keyPrefix?: string;
  readonly logger?: Logger;
  /** Limit for one connection attempt and for the startup wait described on `ready`. Default 5000. */
  readonly connectTimeoutMs?: number;
  /** Cap of the reconnect backoff. Default 2000. */
  readonly maxReconnectDelayMs?: number;
  /** A command without an answer in this time fails with StateUnavailableError. Default 2000. */
  readonly commandTimeoutMs?: number;
}

export interface RedisStateStore extends StateStore {
  /**
   * Settles after the first connection attempt: true when connected, false when Redis was not
   * reachable (the store keeps reconnecting in the background). Never rejects. Awaiting it is
   * optional: calls made before it settles wait for it; later calls fail fast while Redis is down.
   */
  readonly ready: Promise<boolean>;
}

// A versioned value is a hash: v = value, n = version. One script checks and writes, so the
// compare-and-set, the version bump and the expiry cannot interleave with another writer.
const setVersioned = defineLuaScript(`
local current = redis.call('HGET', KEYS[1], 'n')
local expected = ARGV[2]
if expected == 'absent' then
  if current then return -1 end
elseif expected ~= '' then
  if current ~= expected then return -1 end
end
local version = redis.call('HINCRBY', KEYS[1], 'n', 1)
redis.call('HSET', KEYS[1], 'v', ARGV[1])
if ARGV[3] == '' then
  redis.call('PERSIST', KEYS[1])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return version
`);

// The expiry starts with the counter (PTTL -1 means none yet): later increments do not push it
// back, so a counter with a TTL always ends and a busy key cannot keep a limit alive forever.
const incrementCounter = defineLuaScript(`
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
if ARGV[2] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return total
`);

/**
 * The StateStore on Redis (node-redis). Redis being down never crashes the process nor parks a
 * caller: every call rejects with StateUnavailableError (cause attached) until the client has
 * reconnected by itself. Creating the store never throws and does not wait for Redis.
 */
export function createRedisStateStore(options: RedisStateStoreOptions): RedisStateStore {
  const prefix = options.keyPrefix ?? "";
  const connection = openRedisConnection({
    url: options.url,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
    ...(options.maxReconnectDelayMs === undefined
      ? {}
      : { maxReconnectDelayMs: options.maxReconnectDelayMs }),
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: options.commandTimeoutMs }),
  });
  const { client } = connection;

  const run = async <T>(operation: string, action: () => Promise<T>): Promise<T> => {
    await connection.ready;
    try {
      return await action();
    } catch (error: unknown) {
      if (error instanceof StateConflictError || error instanceof StateUnavailableError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StateUnavailableError(
        `Redis could not ${operation} (${reason}). The bot keeps running and reconnects by itself; ` +
          "check that Redis is up at the configured URL.",
        { cause: error },
      );
    }
  };

  return {
    ready: connection.ready,

    get: (key) =>
      run("read a value", async (): Promise<VersionedValue | undefined> => {
        const [value, version] = await client.hmGet(prefix + key, ["v", "n"]);
        if (value === null || value === undefined) return undefined;
        return { value, version: Number(version) };
      }),

    set: async (key, value, writeOptions: WriteOptions = {}) => {
      const ttlMs = writeOptions.ttlMs === undefined ? "" : String(checkTtlMs(writeOptions.ttlMs));
      const expected = writeOptions.ifVersion === undefined ? "" : String(writeOptions.ifVersion);
      return run("write a value", async () => {
        const reply = await runLuaScript(client, setVersioned, [prefix + key], [value, expected, ttlMs]);
        const version = integerReply(reply);
        if (version < 0) throw new StateConflictError(key);
        return version;
      });
    },

    delete: (key) =>
      run("delete a value", async () => {
        await client.del(prefix + key);
      }),

    claim: async (key, ttlMs) => {
      const px = checkTtlMs(ttlMs);
      return run("claim a key", async () => {
        const reply = await client.set(prefix + key, "1", {
          condition: "NX",
          expiration: { type: "PX", value: px },
        });
        return reply !== null;
      });
    },

    increment: async (key, by = 1, ttlMs) => {
      if (!Number.isSafeInteger(by)) throw new RangeError(`increment needs a whole number, got ${by}.`);
      const ttl = ttlMs === undefined ? "" : String(checkTtlMs(ttlMs));
      return run("increment a counter", async () =>
        integerReply(await runLuaScript(client, incrementCounter, [prefix + key], [String(by), ttl])),
      );
    },

    readCounters: (keys) =>
      run("read counters", async () => {
        if (keys.length === 0) return [];
        const values = await client.mGet(keys.map((key) => prefix + key));
        return values.map((value) => (value === null ? 0 : integerReply(value)));
      }),

    ping: () =>
      run("answer a ping", async () => {
        await client.ping();
      }),

    close: () => connection.close(),
  };
}

function integerReply(reply: unknown): number {
  const value = typeof reply === "string" ? Number(reply) : reply;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new Error(`expected an integer reply, got ${typeof reply}`);
  }
  return value;
}

function checkTtlMs(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${ttlMs}.`);
  }
  return Math.ceil(ttlMs);
}
