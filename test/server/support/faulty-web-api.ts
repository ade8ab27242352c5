import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request that reached the stand-in, answered by a scripted fault or passed on. */
export interface Attempt {
  readonly method: string;
  readonly status: number;
}

/** A call kept waiting by holdNext(). */
export interface HeldCall {
  /** Resolves when the call has arrived and is being held. */
  readonly arrived: Promise<void>;
  /** Lets it through to the FakeSlackApi. */
  release(): void;
}

interface Fault {
  readonly status: number;
  readonly retryAfterSeconds?: number;
}

/**
 * A Web API stand-in that answers scripted HTTP faults (500, 429 with Retry-After) for chosen methods and
 * passes every other request on to a FakeSlackApi, which then records it as delivered.
 */
export class FaultyWebApi {
  readonly attempts: Attempt[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private readonly holds = new Map<string, { arrived: () => void; released: Promise<void> }>();

  private constructor(
    private readonly server: Server,
    private readonly target: string,
    readonly baseUrl: string,
  ) {}

  /** `target` is the FakeSlackApi's base URL. */
  static async start(target: string): Promise<FaultyWebApi> {
    let api: FaultyWebApi | undefined;
    const server = createServer((request, response) => {
      void api?.handle(request).then(
        ({ status, headers, body }) => response.writeHead(status, headers).end(body),
        () => response.writeHead(502).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    api = new FaultyWebApi(server, target, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return api;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** The next `count` calls to `method` get `status` (with Retry-After for a 429). */
  failNext(method: string, count: number, status: number, retryAfterSeconds?: number): void {
    const queued = this.faults.get(method) ?? [];
    for (let n = 0; n < count; n += 1) {
      queued.push(retryAfterSeconds === undefined ? { status } : { status, retryAfterSeconds });
    }
    this.faults.set(method, queued);
  }

  /** The next call to `method` waits until release() before it is passed on: a slow Web API. */
  holdNext(method: string): HeldCall {
    let arrived: () => void = () => undefined;
    let release: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(method, { arrived, released });
    return { arrived: arrival, release };
  }

  /** Forgets the faults not yet used. */
  clearFaults(): void {
    this.faults.clear();
  }

  attemptsAt(method: string): Attempt[] {
    return this.attempts.filter((attempt) => attempt.method === method);
  }

  /** Lets calls in progress get their answer (a cut one would be retried by the client), then closes. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await closed;
  }

  private async handle(
    request: IncomingMessage,
  ): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const body = await readBody(request);
    const path = request.url ?? "/";
    const method = path.split("?")[0]?.replace(/^\/api\//, "") ?? "";
    const fault = this.faults.get(method)?.shift();
    if (fault !== undefined) {
      this.attempts.push({ method, status: fault.status });
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
      return { status: fault.status, headers, body: JSON.stringify({ ok: false, error: "fault" }) };
    }
    const hold = this.holds.get(method);
    if (hold !== undefined) {
      this.holds.delete(method);
      hold.arrived();
      await hold.released;
    }
    const passed = await fetch(`${this.target}${path}`, {
      method: request.method ?? "POST",
      headers: { "content-type": String(request.headers["content-type"] ?? "application/json") },
      body,
    });
    this.attempts.push({ method, status: passed.status });
    return {
      status: passed.status,
      headers: { "content-type": passed.headers.get("content-type") ?? "application/json" },
      body: await passed.text(),
    };
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
