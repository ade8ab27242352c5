import { createClient } from "redis";
import { TEST_REDIS_URL } from "../../support/redis-test-prefix";

/**
 * The sum of one statistic over every day stored under `prefix` (all workspaces), read from Redis itself:
 * instances write their statistics about once a second, so a test waits for this before asking `stats`.
 */
export async function storedCounterTotal(prefix: string, counter: string): Promise<number> {
  const client = createClient({ url: TEST_REDIS_URL });
  client.on("error", () => undefined);
  await client.connect();
  try {
    let total = 0;
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*:count:*:${counter}`, COUNT: 500 })) {
      if (keys.length === 0) continue;
      for (const value of await client.mGet(keys)) total += Number(value ?? 0);
    }
    return total;
  } finally {
    client.destroy();
  }
}
