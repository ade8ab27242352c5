import type { DestinationStream } from "pino";

const HIDDEN_KEYS = new Set(["time", "level", "msg", "pid", "hostname", "name", "err"]);

/**
 * A pino destination that turns each JSON line into "12:00:00.000 INFO  message key=value" for a terminal.
 * Deliberately tiny, as pino-pretty is not a dependency: no colours, no options.
 */
export function createPrettyDestination(target: DestinationStream): DestinationStream {
  return {
    write(line: string): void {
      target.write(`${prettyLine(line)}\n`);
    },
  };
}

function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 23) : "";
  const level = String(entry.level ?? "")
    .toUpperCase()
    .padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .map(([key, value]) => `${key}=${showValue(value)}`);
  const head = [time, level, typeof entry.msg === "string" ? entry.msg : "", ...fields]
    .filter(Boolean)
    .join(" ");
  return head + errorLines(entry.err);
}

function showValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

function errorLines(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const stack = "stack" in error && typeof error.stack === "string" ? error.stack : JSON.stringify(error);
  return `\n    ${stack.split("\n").join("\n    ")}`;
}
