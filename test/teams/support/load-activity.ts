import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Activity } from "botbuilder";

const FIXTURES = join(__dirname, "..", "fixtures");

/** A raw activity as Teams posts it, from test/teams/fixtures, with changes applied on top. */
export function loadRawActivity(
  name: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Record<string, unknown>;
  return { ...raw, ...changes };
}

/**
 * The same as botbuilder's type. JSON cannot prove it matches (enums like `role` arrive as plain strings),
 * which is exactly the position the adapter is in with a real request.
 */
export function loadActivity(name: string, changes: Record<string, unknown> = {}): Partial<Activity> {
  return loadRawActivity(name, changes) as Partial<Activity>;
}
