import type { LogConfig } from "../../src/config/config";
import { createLogger } from "../../src/observability/create-logger";
import { turnLogger } from "../../src/observability/turn-logger";

/** A pino destination that keeps every line it is given. */
function captured(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}

function entries(lines: readonly string[]): Record<string, unknown>[] {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

const chat = { text: "our microservices need microsegmentation", event: { text: "same words" }, body: "raw" };

describe("createLogger", () => {
  it.each<{ level: LogConfig["level"]; shown: boolean }>([
    { level: "info", shown: false },
    { level: "warn", shown: false },
    { level: "debug", shown: true },
    { level: "trace", shown: true },
  ])("at $level, message text shown: $shown", ({ level, shown }) => {
    const out = captured();
    const logger = createLogger({ level, format: "json" }, out);

    logger.warn({ ...chat, channel: "C1" }, "flagged a message");

    const [entry] = entries(out.lines);
    expect(entry).toMatchObject({ msg: "flagged a message", level: "warn", channel: "C1" });
    const expected = shown ? chat : { text: "[redacted]", event: { text: "[redacted]" }, body: "[redacted]" };
    expect(entry).toMatchObject(expected);
  });

  it("drops entries below the configured level", () => {
    const out = captured();
    const logger = createLogger({ level: "warn", format: "json" }, out);
    logger.info("not interesting");
    logger.error("interesting");
    expect(entries(out.lines).map((entry) => entry.msg)).toEqual(["interesting"]);
  });

  it("writes one short line per entry in the pretty format, still redacting", () => {
    const out = captured();
    const logger = createLogger({ level: "info", format: "pretty" }, out);

    logger.info({ text: "secret words", channel: "C1" }, "flagged a message");

    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}flagged a message /);
    expect(out.lines[0]).toContain("text=[redacted]");
    expect(out.lines[0]).toContain("channel=C1");
    expect(out.lines[0]).not.toContain("secret words");
  });
});

describe("turnLogger", () => {
  it("stamps every line with where the event came from and a turn id unique to the turn", () => {
    const out = captured();
    const root = createLogger({ level: "info", format: "json" }, out);
    const fields = { platform: "slack", workspaceId: "T1", channelId: "C1", eventId: "Ev1" } as const;

    turnLogger(root, fields).info("first turn");
    turnLogger(root, { platform: "console" }).info("second turn");

    const [first, second] = entries(out.lines);
    expect(first).toMatchObject({ ...fields, msg: "first turn" });
    expect(first?.turnId).toEqual(expect.any(String));
    expect(second).toMatchObject({ platform: "console", msg: "second turn" });
    expect(second).not.toHaveProperty("eventId");
    expect(second?.turnId).not.toEqual(first?.turnId);
  });
});
