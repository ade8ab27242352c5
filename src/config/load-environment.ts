import { join } from "node:path";
import { readDotEnv } from "./read-dot-env";

/**
 * The environment microsense should configure itself from: `env` plus whatever `<cwd>/.env` adds.
 * A variable already set in `env` wins over the file, so a deployment can always override a checked-out
 * .env. Blank values count as unset here exactly as in loadConfig, so `PORT=` in the shell does not hide
 * `PORT=4000` in the file. Neither `env` nor process.env is modified.
 */
export function loadEnvironment(cwd: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const fromFile = readDotEnv(join(cwd, ".env")) ?? {};
  const merged: NodeJS.ProcessEnv = { ...fromFile };
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (value.trim() !== "" || merged[name] === undefined)) merged[name] = value;
  }
  return merged;
}
