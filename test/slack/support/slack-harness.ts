import pino from "pino";
import { createSlackAdapter } from "../../../adapters/slack/create-slack-adapter";
import type { ConversationCore } from "../../../src/conversation/types";
import type { PlatformAdapter, PlatformObserver } from "../../../src/server/platform-adapter";
import { createTestCore } from "./create-test-core";
import { FakeSlackApi } from "./fake-slack-api";
import { type ObservedCore, observeCore } from "./observe-core";
import {
  type SendOptions,
  type SlackRequest,
  type SlackResponse,
  sendSigned,
  serveRoutes,
  signingSecret,
} from "./slack-requests";

export interface HttpHarness {
  readonly api: FakeSlackApi;
  readonly core: ObservedCore;
  readonly adapter: PlatformAdapter;
  /** The server's URL for POST /slack/events. */
  readonly eventsUrl: string;
  send(request: SlackRequest, options?: SendOptions): Promise<SlackResponse>;
  /** Stops the adapter (which waits for in-flight turns), then everything else. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly reactionEmoji?: string;
  readonly core?: ConversationCore;
  readonly timeline?: string[];
  readonly observer?: PlatformObserver;
}

export const testLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

/** A started HTTP-mode adapter behind a local server, talking to a fake Web API. */
export async function startHttpHarness(options: HarnessOptions = {}): Promise<HttpHarness> {
  const api = await FakeSlackApi.start();
  const core = observeCore(options.core ?? createTestCore(), options.timeline);
  const adapter = createSlackAdapter({
    botToken: "xoxb-test-token",
    signingSecret,
    apiUrl: api.apiUrl,
    core,
    logger: testLogger,
    ...(options.reactionEmoji !== undefined && { reactionEmoji: options.reactionEmoji }),
    ...(options.observer !== undefined && { observer: options.observer }),
  });
  await adapter.start();
  const server = await serveRoutes(adapter.routes);
  const eventsUrl = `${server.url}/slack/events`;
  let closed = false;
  return {
    api,
    core,
    adapter,
    eventsUrl,
    send: (request, sendOptions) => sendSigned(eventsUrl, request, sendOptions),
    async close() {
      if (closed) return;
      closed = true;
      await adapter.stop();
      await server.close();
      await api.close();
    },
  };
}
