/**
 * A private, throwaway `redis-server` for tests that kill or restart Redis (never touch the shared
 * one on 6379). Usage:
 *
 *   const server = await startRedisServer();   // free port on 127.0.0.1, answers PING when resolved
 *   ... createRedisStateStore({ url: server.url }) ...
 *   await server.stop();                      // SIGKILL, like a crash; resolves when the process is gone
 *   await server.start();                     // same port again, empty (no persistence)
 *   afterAll(() => server.stop());            // stop() is safe to call when already stopped
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createConnection, createServer } from "node:net";

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:PORT` */
  readonly url: string;
  /** Starts the server again on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** Kills the server (SIGKILL) and resolves once it has exited. */
  stop(): Promise<void>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await findFreePort();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    if (child !== undefined) return;
    const spawned = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    child = spawned;
    const failed = new Promise<never>((_, reject) => {
      spawned.once("error", (error) =>
        reject(new Error(`Could not run redis-server (is it installed and on PATH?): ${error.message}`)),
      );
      spawned.once("exit", (code) =>
        reject(new Error(`redis-server on port ${port} exited early (${code})`)),
      );
    });
    failed.catch(() => undefined);
    await Promise.race([waitForPong(port, 10_000), failed]);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGKILL");
    await exited;
  };

  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop };
}

/** Asks the OS for a port that is free right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") resolve(address.port);
        else reject(new Error("The OS did not assign a port"));
      });
    });
  });
}

async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    let reply = "";
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) finish(reply.startsWith("+PONG"));
    });
  });
}
