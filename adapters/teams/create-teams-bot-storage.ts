import { MemoryStorage, type Storage } from "botbuilder";
import type { Logger } from "pino";
import { openRedisConnection } from "../../src/state/redis-connection";
import { RedisBotStorage } from "./redis-bot-storage";

export interface TeamsBotStorage {
  readonly storage: Storage;
  /** Closes the Redis connection, if any; resolves even when Redis is down. */
  close(): Promise<void>;
}

/**
 * Where the Teams adapter keeps conversation references: Redis when REDIS_URL is set, so every
 * instance can open 1:1 chats the others learnt about; botbuilder's MemoryStorage otherwise.
 */
export function createTeamsBotStorage(options: {
  redisUrl?: string;
  keyPrefix: string;
  logger: Logger;
}): TeamsBotStorage {
  if (!options.redisUrl) return { storage: new MemoryStorage(), close: async () => undefined };
  const connection = openRedisConnection({ url: options.redisUrl, logger: options.logger });
  return {
    storage: new RedisBotStorage(connection.client, { keyPrefix: `${options.keyPrefix}teams:` }),
    close: () => connection.close(),
  };
}
