import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A Web API call that reached the stand-in: which method, for which channel, and when. */
export interface ArrivedCall {
  readonly method: string;
  readonly channel: string;
  readonly atMs: number;
}

export const BENCH_BOT_USER_ID = "UBENCHBOT";
export const BENCH_TEAM_ID = "TBENCH";

/**
 * The smallest Slack Web API stand-in the bot needs under load, on 127.0.0.1: auth.test at start, and
 * ok answers for every posting method, recording when each call arrived. Answers at once, so the figures
 * measure microsense and not the stand-in.
 */
export class FakeWebApi {
  readonly arrived: ArrivedCall[] = [];
  private nextTs = 1_800_000_000;

  private constructor(
    private readonly server: Server,
    readonly apiUrl: string,
  ) {}

  static async start(): Promise<FakeWebApi> {
    let api: FakeWebApi | undefined;
    const server = createServer((request, response) => api?.handle(request, response));
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    api = new FakeWebApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`);
    return api;
  }

  /** Calls other than auth.test: what the bot posted. */
  get posted(): ArrivedCall[] {
    return this.arrived.filter((call) => call.method !== "auth.test");
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const atMs = performance.now();
      const method = (request.url ?? "").split("?")[0]?.replace(/^\/api\//, "") ?? "";
      const fields = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      const channel = fields.get("channel") ?? fields.get("users") ?? "";
      this.arrived.push({ method, channel, atMs });
      const body = JSON.stringify(this.answer(method, channel));
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    });
  }

  private answer(method: string, channel: string): Record<string, unknown> {
    const ts = `${this.nextTs++}.000100`;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          team_id: BENCH_TEAM_ID,
          user_id: BENCH_BOT_USER_ID,
          bot_id: "BBENCHBOT",
          team: "Bench",
        };
      case "conversations.open":
        return { ok: true, channel: { id: `D${channel.replace(/^U/, "")}` } };
      case "chat.postEphemeral":
        return { ok: true, message_ts: ts };
      default:
        return { ok: true, channel, ts };
    }
  }
}
