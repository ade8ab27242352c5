import { loadConfig } from "../../src/config/load-config";
import { ConfigInvalidError } from "../../src/errors";

/** Well-formed but fake credentials, shaped like the real ones. */
export const BOT_TOKEN = "xoxb-1111-2222-abcdefghijkl";
export const APP_TOKEN = "xapp-1-A0123-4567-abcdef";
export const SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
export const APP_ID = "11111111-2222-3333-4444-555555555555";
export const TENANT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** The problems loadConfig reports for `env`; fails the test if it accepts it. */
export function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error: unknown) {
    if (error instanceof ConfigInvalidError) return error.problems;
    throw error;
  }
  throw new Error("loadConfig accepted an environment it should have rejected");
}
