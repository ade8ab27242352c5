import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface BenchInstance {
  readonly pid: number;
  readonly port: number;
  /** Log lines at warn or above (and anything that is not JSON) the instance wrote. */
  readonly problems: string[];
  /** Slack turns the instance has finished, from its /metrics. */
  handledEvents(): Promise<number>;
  /** Its /metrics text (Prometheus). */
  metrics(): Promise<string>;
  /** CPU time the instance has used so far (user + system), in ms, from /proc. */
  cpuMs(): number;
  /** Current and peak resident memory of the instance, in MB, from /proc. */
  memory(): { rssMb: number; peakMb: number };
  /** SIGTERM, then waits for the exit; SIGKILL after `graceMs`. Resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** USER_HZ, 100 on Linux on every common architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface InstanceSettings {
  readonly apiUrl: string;
  readonly signingSecret: string;
  readonly redisUrl: string;
  readonly keyPrefix: string;
}

/** `node dist/src/main.js` in Slack HTTP mode on a free loopback port, from an empty working folder. */
export async function startBenchInstance(mainJs: string, settings: InstanceSettings): Promise<BenchInstance> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "microsense-load-"));
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the instance under load.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter((arg) => arg !== "");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, mainJs], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      NODE_ENV: "production",
      SLACK_BOT_TOKEN: "xoxb-load-bench",
      SLACK_SIGNING_SECRET: settings.signingSecret,
      SLACK_API_URL: settings.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      REDIS_URL: settings.redisUrl,
      REDIS_KEY_PREFIX: settings.keyPrefix,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const problems: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim() !== "" && problems.length < 1000) problems.push(line);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pid = child.pid ?? -1;
  const base = `http://127.0.0.1:${port}`;

  const instance: BenchInstance = {
    pid,
    port,
    problems,
    metrics: async () => (await fetch(`${base}/metrics`)).text(),
    async handledEvents() {
      const text = await instance.metrics();
      const line = text
        .split("\n")
        .find((row) => row.startsWith('microsense_event_handling_seconds_count{platform="slack"}'));
      return line === undefined ? 0 : Number(line.split(" ").pop());
    },
    cpuMs() {
      // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime and stime in ticks.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field: string): number =>
        Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
      return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
    },
    async stop(graceMs = 20_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      return code;
    },
  };
  await waitUntilReady(`${base}/readyz`, exited);
  return instance;
}

async function waitUntilReady(url: string, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error("the instance exited while starting; is Redis running on the given URL?");
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the instance did not become ready at ${url} within 30 s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null ? resolve(address.port) : reject(),
      );
    });
  });
}
