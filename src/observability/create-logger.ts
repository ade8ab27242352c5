import { type DestinationStream, type LoggerOptions, type Logger as PinoLogger, pino } from "pino";
import type { LogConfig } from "../config/config";
import { createPrettyDestination } from "./pretty-destination";

export type Logger = PinoLogger;

/** Where chat text travels in log calls. Message bodies are personal data: kept out of logs above debug. */
export const MESSAGE_TEXT_PATHS = ["text", "*.text", "event.text", "body"] as const;

/**
 * The process's root logger; everything else gets a child of it. `destination` defaults to stdout and is
 * where tests capture output. With format "pretty" each JSON line is rewritten for people before it
 * reaches the destination.
 */
export function createLogger(config: LogConfig, destination?: DestinationStream): Logger {
  const showsText = config.level === "debug" || config.level === "trace";
  const options: LoggerOptions = {
    name: "microsense",
    level: config.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names instead of numbers: log search tools and people both read "warn" better than 40.
    formatters: { level: (label) => ({ level: label }) },
    ...(showsText ? {} : { redact: { paths: [...MESSAGE_TEXT_PATHS], censor: "[redacted]" } }),
  };
  if (config.format === "pretty")
    return pino(options, createPrettyDestination(destination ?? process.stdout));
  return destination === undefined ? pino(options) : pino(options, destination);
}
