import { Writable } from "node:stream";
import pino from "pino";
import type { Config } from "../../../src/config/config";
import { loadConfig } from "../../../src/config/load-config";
import { startPlatforms } from "../../../src/server/start-platforms";
import { signingSecret } from "../../slack/support/slack-requests";

export interface TestServer {
  readonly port: number;
  readonly url: string;
  /** Every log line the server wrote, parsed. */
  readonly logs: LogLine[];
  stop(): Promise<void>;
}

export interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** Settings every test server shares: loopback only, quiet logs, Slack signed with the test secret. */
export function testEnvironment(settings: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return {
    HOST: "127.0.0.1",
    PORT: "3000",
    LOG_LEVEL: "info",
    SHUTDOWN_TIMEOUT_SECONDS: "10",
    ...settings,
  };
}

/** The Slack HTTP-mode settings for a fake Web API at `apiUrl`. */
export function slackSettings(apiUrl: string): Record<string, string> {
  return { SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: apiUrl };
}

/**
 * startPlatforms with a configuration built by loadConfig from `settings`, on a free loopback port
 * (the schema rejects PORT=0, so the port is set on the validated config), without signal handlers.
 */
export async function startTestServer(settings: Readonly<Record<string, string>>): Promise<TestServer> {
  const loaded = loadConfig(testEnvironment(settings));
  const config: Config = { ...loaded, server: { ...loaded.server, port: 0 } };
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() !== "") logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const logger = pino(
    { level: config.log.level, formatters: { level: (label) => ({ level: label }) } },
    sink,
  );
  const running = await startPlatforms(config, { logger, handleSignals: false });
  const url = `http://127.0.0.1:${running.port}`;
  return { port: running.port, url, logs, stop: () => running.stop() };
}

/** Polls `check` until it returns true; rejects with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function statusOf(url: string, init?: RequestInit): Promise<number> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response.status;
}

/** Waits until /readyz answers 200: the adapters have started and the store answers. */
export function waitUntilReady(server: TestServer, timeoutMs?: number): Promise<void> {
  return waitFor(
    "/readyz to answer 200",
    async () => (await statusOf(`${server.url}/readyz`)) === 200,
    timeoutMs,
  );
}

/** The value of one sample in Prometheus text, e.g. `microsense_redis_errors_total`; 0 when absent. */
export function metricValue(
  text: string,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  let total = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const found = match[2] ?? "";
    if (Object.entries(labels).every(([key, value]) => found.includes(`${key}="${value}"`))) {
      total += Number(match[3]);
    }
  }
  return total;
}

export async function readMetrics(server: TestServer): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  return response.text();
}
