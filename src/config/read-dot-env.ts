import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { ConfigInvalidError } from "../errors";

/**
 * The variables a .env file defines, or undefined when there is no such file. Only reads: it never
 * touches process.env, so the caller decides what wins.
 */
export function readDotEnv(path: string): Record<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error: unknown) {
    const code = errorCode(error);
    if (code === "ENOENT") return undefined;
    throw new ConfigInvalidError([
      `${path} exists but cannot be read (${code ?? String(error)}): make it readable for this user, or delete it`,
    ]);
  }
  return parse(text);
}

// Structural, not instanceof: errors from node:fs may come from another realm (as under Jest).
function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
