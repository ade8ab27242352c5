import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type JsonObject = Record<string, unknown>;

/** One request the bot made: a Web API method, or a POST to a response_url ("response_url"). */
export interface RecordedCall {
  readonly method: string;
  readonly body: JsonObject;
  /** What the fake answered: the real result, a scripted error, or a 429. */
  readonly answer: "ok" | "error" | "rate_limited";
  /** The JSON the fake answered with (e.g. the ts of a posted message). */
  readonly result: JsonObject;
  readonly receivedAtMs: number;
}

type Script =
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "rate_limited"; readonly retryAfterSeconds: number };

export const botUserId = "UBOT";
export const botId = "BBOT";
export const teamId = "T0001";

/**
 * A local stand-in for the Slack Web API (and for response_url endpoints) that records every call. It
 * answers like Slack: form-encoded requests, `{ ok, ... }` bodies, HTTP 429 with Retry-After when told to.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** What apps.connections.open hands out; set by the Socket Mode tests. */
  socketUrl = "";
  private readonly scripts = new Map<string, Script[]>();
  private readonly events = new EventEmitter();
  private nextTs = 1_700_001_000;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    let api: FakeSlackApi | undefined;
    const server = createServer((request, response) => {
      void api?.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return api;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id = "cmd1"): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** The next call to `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.script(method, { kind: "error", error });
  }

  /** The next call to `method` answers HTTP 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number): void {
    this.script(method, { kind: "rate_limited", retryAfterSeconds });
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Successful calls to `method`: what actually reached the channel. */
  delivered(method: string): RecordedCall[] {
    return this.callsTo(method).filter((call) => call.answer === "ok");
  }

  /** Waits until `method` has been called `count` times in all; rejects with what was seen after a while. */
  waitForCalls(method: string, count: number, timeoutMs = 8000): Promise<RecordedCall[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const seen = this.callsTo(method);
        if (seen.length < count) return false;
        clearTimeout(timer);
        this.events.off("call", check);
        resolve(seen);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off("call", check);
        const methods = this.calls.map((call) => call.method).join(", ");
        reject(new Error(`expected ${count} call(s) to ${method}; calls so far: [${methods}]`));
      }, timeoutMs);
      if (!check()) this.events.on("call", check);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private script(method: string, script: Script): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), script]);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const path = new URL(request.url ?? "/", this.baseUrl).pathname;
    const method = path.startsWith("/response/") ? "response_url" : path.replace(/^\/api\//, "");
    const body = parseBody(raw, request.headers["content-type"] ?? "");
    const script = this.scripts.get(method)?.shift();
    const record = (answer: RecordedCall["answer"], result: JsonObject): void => {
      this.calls.push({ method, body, answer, result, receivedAtMs: Date.now() });
      this.events.emit("call");
    };
    if (script?.kind === "rate_limited") {
      const result = { ok: false, error: "ratelimited" };
      record("rate_limited", result);
      response.writeHead(429, {
        "retry-after": String(script.retryAfterSeconds),
        "content-type": "application/json",
      });
      response.end(JSON.stringify(result));
      return;
    }
    if (method === "response_url") {
      record(
        script === undefined ? "ok" : "error",
        script === undefined ? { ok: true } : { ok: false, error: script.error },
      );
      response.writeHead(script === undefined ? 200 : 404, { "content-type": "text/plain" });
      response.end(script === undefined ? "ok" : script.error);
      return;
    }
    const result = script === undefined ? this.answer(method, body) : { ok: false, error: script.error };
    record(script === undefined ? "ok" : "error", result);
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(result));
  }

  private answer(method: string, body: JsonObject): JsonObject {
    const ts = (): string => `${this.nextTs++}.000100`;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://acme.slack.com/",
          team: "Acme",
          user: "microsense",
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
        };
      case "chat.postMessage": {
        const posted = ts();
        return {
          ok: true,
          channel: body.channel,
          ts: posted,
          message: { type: "message", user: botUserId, bot_id: botId, text: body.text, ts: posted },
        };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: ts() };
      case "chat.update":
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(body.users).replace(/^U/, "")}` } };
      case "reactions.add":
        return { ok: true };
      case "views.publish":
        return { ok: true, view: { id: "V0HOME", type: "home", hash: "1700000000.abcdef" } };
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl };
      default:
        return { ok: false, error: "unknown_method" };
    }
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

/** The Web API client sends form fields, with objects (blocks, views) as JSON strings inside. */
function parseBody(raw: string, contentType: string): JsonObject {
  if (contentType.startsWith("application/json")) return raw === "" ? {} : (JSON.parse(raw) as JsonObject);
  const body: JsonObject = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}
