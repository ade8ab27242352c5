import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { MemoryStorage, type Storage } from "botbuilder";
import pino from "pino";
import { createTeamsAdapter, type TeamsAdapterOptions } from "../../../adapters/teams/create-teams-adapter";
import type { ConversationCore } from "../../../src/conversation/types";
import type { PlatformAdapter, PlatformObserver } from "../../../src/server/platform-adapter";

export interface TeamsBot {
  readonly adapter: PlatformAdapter;
  readonly storage: Storage;
  /** POSTs a body to /api/messages the way the Bot Framework does; resolves once the turn is over. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

type Credentials = Pick<TeamsAdapterOptions, "appId" | "appPassword" | "appType" | "tenantId" | "local">;

export interface TeamsBotOptions {
  /** Local mode (no authentication) unless given. */
  readonly credentials?: Credentials;
  readonly observer?: PlatformObserver;
}

/** A PlatformObserver that keeps the method of every call it is told about. */
export function recordingObserver(): PlatformObserver & {
  readonly errors: string[];
  readonly retries: string[];
} {
  const errors: string[] = [];
  const retries: string[] = [];
  return {
    errors,
    retries,
    onApiError: (method) => void errors.push(method),
    onApiRetry: (method) => void retries.push(method),
  };
}

/** The adapter's route on its own loopback HTTP server, like the real server mounts it. */
export async function startTeamsBot(
  core: ConversationCore,
  options: TeamsBotOptions = {},
): Promise<TeamsBot> {
  const storage = new MemoryStorage();
  const adapter = createTeamsAdapter({
    ...(options.credentials ?? { local: true }),
    core,
    storage,
    logger: pino({ level: "silent" }),
    ...(options.observer === undefined ? {} : { observer: options.observer }),
  });
  const [route] = adapter.routes;
  if (route === undefined) throw new Error("The Teams adapter has no route");
  const server = createServer((request, response) => {
    if (request.method === route.method && request.url === route.path) void route.handle(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${route.path}`;
  return {
    adapter,
    storage,
    async post(body, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === "" ? undefined : JSON.parse(text);
      } catch {
        // plain-text error bodies stay text
      }
      return { status: response.status, body: parsed };
    },
    async close() {
      await adapter.stop();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
