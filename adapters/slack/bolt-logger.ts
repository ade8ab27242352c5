import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger as PinoLogger } from "pino";

const levelOf: Readonly<Record<string, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/**
 * Bolt, the Web API client and the Socket Mode client log through @slack/logger's interface; this routes
 * them into our pino logger. The level stays pino's: Bolt's setLevel calls are ignored on purpose, so one
 * LOG_LEVEL governs everything. Slack's clients put request bodies only in debug lines.
 */
export function createBoltLogger(logger: PinoLogger): BoltLogger {
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]): void => {
      // Bolt logs debug lines on every request; building a message nobody reads is wasted work.
      if (!logger.isLevelEnabled(level)) return;
      const error = parts.find((part): part is Error => part instanceof Error);
      const message = parts
        .filter((part) => part !== error)
        .map((part) => (typeof part === "string" ? part : safeJson(part)))
        .join(" ");
      if (error === undefined) logger[level](message);
      else logger[level]({ err: error }, message);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: () => undefined,
    getLevel: () => levelOf[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
