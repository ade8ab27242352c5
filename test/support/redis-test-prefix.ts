/**
 * Keeps tests that use the shared Redis on 127.0.0.1:6379 apart: each test file takes its own key
 * prefix and deletes everything under it afterwards.
 *
 *   const prefix = uniqueRedisPrefix("state-store");
 *   afterAll(() => deleteRedisKeys(prefix));
 */
import { randomBytes } from "node:crypto";
import { createClient } from "redis";

export const TEST_REDIS_URL = "redis://127.0.0.1:6379";

/** `mstest:<label>:<pid>-<random>:`, unique per call, so parallel workers and reruns never collide. */
export function uniqueRedisPrefix(label: string): string {
  return `mstest:${label}:${process.pid}-${randomBytes(6).toString("hex")}:`;
}

/** Deletes every key starting with `prefix` (SCAN + DEL, never KEYS); resolves with how many went. */
export async function deleteRedisKeys(prefix: string, url: string = TEST_REDIS_URL): Promise<number> {
  if (prefix.length === 0) throw new Error("Refusing to delete every key: give a non-empty prefix.");
  const client = createClient({ url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    let deleted = 0;
    for await (const keys of client.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 500 })) {
      if (keys.length > 0) deleted += await client.del(keys);
    }
    return deleted;
  } finally {
    client.destroy();
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}
