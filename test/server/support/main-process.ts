import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILT_MAIN } from "./ensure-build";
import type { LogLine } from "./start-test-server";

export interface MainProcess {
  readonly pid: number;
  /** Parsed JSON log lines from stdout, in order. */
  readonly logs: LogLine[];
  /** Settles when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly running: boolean;
  signal(name: NodeJS.Signals): void;
  /** Resolves once a log line matches; rejects if the process exits first. */
  waitForLog(what: string, matches: (line: LogLine) => boolean): Promise<LogLine>;
  /** SIGKILL if still running; removes its working folder. Safe to call twice. */
  kill(): Promise<void>;
}

/**
 * `node dist/src/main.js` as `npm start` runs it, with exactly `env` (plus PATH) and an empty working
 * folder, so neither the caller's environment nor a .env file in the repository can leak in.
 */
export function startMainProcess(env: Readonly<Record<string, string>>): MainProcess {
  const cwd = mkdtempSync(join(tmpdir(), "microsense-main-"));
  const child: ChildProcess = spawn(process.execPath, [BUILT_MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const listeners = new Set<() => void>();
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (line.trim() === "") continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: "raw", msg: line });
      }
    }
    for (const listener of listeners) listener();
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      running = false;
      for (const listener of listeners) listener();
      resolve({ code, signal });
    });
  });

  return {
    pid: child.pid ?? -1,
    logs,
    exited,
    get running() {
      return running;
    },
    signal: (name) => child.kill(name),
    waitForLog(what, matches) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = logs.find(matches);
          if (found !== undefined) {
            listeners.delete(check);
            resolve(found);
          } else if (!running) {
            listeners.delete(check);
            reject(new Error(`the process exited before logging ${what}; stderr: ${stderr}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (running) {
        child.kill("SIGKILL");
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
