import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import { StateConflictError, StateUnavailableError } from "../../src/errors";
import { defineLuaScript, type RedisClient, runLuaScript } from "../../src/state/redis-connection";

export interface RedisBotStorageOptions {
  /** Prepended to every key, e.g. "microsense:prod:bot:", so deployments sharing a Redis stay apart. */
  readonly keyPrefix: string;
  /** Items expire this long after their last write; without it they live until deleted. */
  readonly ttlMs?: number;
}

/**
 * A write lost a race: the stored item's eTag is not the one the writer read. Worded like
 * botbuilder's MemoryStorage, coded like every microsense conflict (STATE_CONFLICT).
 */
export class BotStorageConflictError extends StateConflictError {
  constructor(key: string) {
    super(key);
    this.message = `Storage: error writing "${key}" due to eTag conflict. Read the item again and retry.`;
  }
}

// Each item is a hash: e = eTag, d = the item as JSON without its eTag. ARGV[1] is the TTL, then
// three arguments per key: expected eTag ('' = unconditional), new eTag, JSON. Every eTag is
// checked before anything is written, so a batch is written whole or not at all.
const writeItems = defineLuaScript(`
for i = 1, #KEYS do
  local expected = ARGV[(i - 1) * 3 + 2]
  if expected ~= '' then
    local current = redis.call('HGET', KEYS[i], 'e')
    if current and current ~= expected then return i end
  end
end
for i = 1, #KEYS do
  local at = (i - 1) * 3
  redis.call('HSET', KEYS[i], 'e', ARGV[at + 3], 'd', ARGV[at + 4])
  if ARGV[1] == '' then
    redis.call('PERSIST', KEYS[i])
  else
    redis.call('PEXPIRE', KEYS[i], ARGV[1])
  end
end
return 0
`);

const readItems = defineLuaScript(`
local items = {}
for i = 1, #KEYS do
  items[i] = redis.call('HMGET', KEYS[i], 'e', 'd')
end
return items
`);

/**
 * botbuilder's Storage on Redis with real optimistic concurrency: every write gives the stored
 * item a fresh eTag; writing an item whose eTag is stale fails with BotStorageConflictError, while
 * '*' or no eTag writes unconditionally (as in MemoryStorage, a missing item is always written).
 * Like MemoryStorage it never changes the caller's objects. Redis failures reject with
 * StateUnavailableError; the client's reconnect and offline behaviour is the caller's to configure
 * (src/state/redis-connection.ts opens one that fails fast).
 */
export class RedisBotStorage implements Storage {
  readonly #client: RedisClient;
  readonly #prefix: string;
  readonly #ttl: string;

  constructor(client: RedisClient, options: RedisBotStorageOptions) {
    if (options.ttlMs !== undefined && !(Number.isFinite(options.ttlMs) && options.ttlMs > 0)) {
      throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${options.ttlMs}.`);
    }
    this.#client = client;
    this.#prefix = options.keyPrefix;
    this.#ttl = options.ttlMs === undefined ? "" : String(Math.ceil(options.ttlMs));
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError("Keys are required when reading.");
    if (keys.length === 0) return {};
    const reply = await this.#redis("read bot state", () =>
      runLuaScript(this.#client, readItems, this.#keys(keys), []),
    );
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const stored = Array.isArray(reply) ? (reply[i] as unknown) : undefined;
      if (!Array.isArray(stored)) return;
      const [eTag, data] = stored as unknown[];
      if (typeof eTag !== "string" || typeof data !== "string") return;
      items[key] = { ...(JSON.parse(data) as Record<string, unknown>), eTag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError("Changes are required when writing.");
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args = [this.#ttl];
    for (const key of keys) {
      const item: unknown = changes[key];
      if (typeof item !== "object" || item === null) {
        throw new TypeError(`Storage: the item "${key}" must be an object to be stored.`);
      }
      const { eTag, ...data } = item as { eTag?: unknown };
      const expected = typeof eTag === "string" && eTag !== "*" ? eTag : "";
      args.push(expected, randomUUID(), JSON.stringify(data));
    }
    const reply = await this.#redis("write bot state", () =>
      runLuaScript(this.#client, writeItems, this.#keys(keys), args),
    );
    if (typeof reply === "number" && reply > 0) {
      throw new BotStorageConflictError(keys[reply - 1] ?? "");
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError("Keys are required when deleting.");
    if (keys.length === 0) return;
    await this.#redis("delete bot state", () => this.#client.del(this.#keys(keys)));
  }

  #keys(keys: readonly string[]): string[] {
    return keys.map((key) => this.#prefix + key);
  }

  async #redis<T>(operation: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StateUnavailableError(
        `Redis could not ${operation} (${reason}). Check that Redis is up at the configured URL; ` +
          "the Teams conversation continues once it is.",
        { cause: error },
      );
    }
  }
}
