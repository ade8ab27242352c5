import { App, SocketModeReceiver, type webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { ConversationCore } from "../../src/conversation/types";
import { ConfigInvalidError, PlatformApiError } from "../../src/errors";
import type { PlatformAdapter, PlatformObserver, Route } from "../../src/server/platform-adapter";
import { ApiReporter } from "./api-reporter";
import { createBoltLogger } from "./bolt-logger";
import { ChannelRateLimiter } from "./channel-rate-limiter";
import { DmChannels } from "./dm-channels";
import { ReplyDelivery } from "./reply-delivery";
import { SlackHttpReceiver } from "./slack-http-receiver";
import { registerSlackListeners } from "./slack-listeners";
import { WorkTracker } from "./work-tracker";

export interface SlackAdapterOptions {
  readonly botToken: string;
  /** Required in HTTP mode: Slack signs every request with it. */
  readonly signingSecret?: string;
  /** An app-level token (xapp-...) with connections:write. When set, the adapter uses Socket Mode. */
  readonly appToken?: string;
  /** Web API base URL, e.g. a local fake in tests. Defaults to https://slack.com/api/. */
  readonly apiUrl?: string;
  /** Emoji name (without colons) to react with on a message that got a clarification. */
  readonly reactionEmoji?: string;
  readonly core: ConversationCore;
  readonly logger: Logger;
  /** Hears about Web API calls that fail for good and about 429s the client waits out, for metrics. */
  readonly observer?: PlatformObserver;
}

export const slackEventsPath = "/slack/events";

// Slack lets an app post about one message per second per channel.
const messageIntervalMs = 1000;
const drainTimeoutMs = 10_000;
const disconnectTimeoutMs = 5000;

/**
 * Retries for the Web API. On a 429 the client itself waits Retry-After (pausing its whole queue) and then
 * retries; a 429 means nothing was posted, so the retry cannot duplicate. Bounded to about half a minute:
 * a reply later than that is worth less than none.
 */
const retryConfig: webApi.RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 10_000,
  randomize: true,
};

/** The Slack side of microsense: Slack payloads in, the core's replies out, over HTTP or Socket Mode. */
export function createSlackAdapter(options: SlackAdapterOptions): PlatformAdapter {
  const problems = [
    ...(options.botToken === ""
      ? ["SLACK_BOT_TOKEN is empty: copy the Bot User OAuth Token (xoxb-...)."]
      : []),
    ...(options.appToken === undefined && !options.signingSecret
      ? [
          "SLACK_SIGNING_SECRET is required without SLACK_APP_TOKEN (HTTP mode): copy it from Basic Information.",
        ]
      : []),
  ];
  if (problems.length > 0) throw new ConfigInvalidError(problems);

  const logger = options.logger.child({ component: "slack" });
  const boltLogger = createBoltLogger(logger);
  const work = new WorkTracker();
  const apiUrl = options.apiUrl === undefined ? {} : { slackApiUrl: options.apiUrl };

  const mode =
    options.appToken === undefined
      ? {
          kind: "http" as const,
          receiver: new SlackHttpReceiver({
            signingSecret: options.signingSecret ?? "",
            logger: boltLogger,
            work,
          }),
        }
      : {
          kind: "socket" as const,
          receiver: new SocketModeReceiver({
            appToken: options.appToken,
            logger: boltLogger,
            logLevel: boltLogger.getLevel(),
            installerOptions: { clientOptions: { ...apiUrl } },
          }),
        };

  const app = new App({
    token: options.botToken,
    receiver: mode.receiver,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions: { ...apiUrl, retryConfig, rejectRateLimitedCalls: false },
    // auth.test runs in start(), where a bad token can fail loudly, instead of in the constructor.
    deferInitialization: true,
    convoStore: false,
  });
  const reporter = new ApiReporter(options.observer ?? {}, logger);
  reporter.watch(app.client);
  const dms = new DmChannels(app.client, reporter);
  const delivery = new ReplyDelivery({
    client: app.client,
    limiter: new ChannelRateLimiter(messageIntervalMs),
    dms,
    reporter,
    ...(options.reactionEmoji !== undefined && { reactionEmoji: options.reactionEmoji }),
  });
  registerSlackListeners(app, {
    core: options.core,
    delivery,
    dms,
    logger,
    ...(mode.kind === "socket" && { work }),
  });

  let state: "new" | "running" | "stopped" = "new";
  let connected = false;
  let routes: Route[] = [];
  if (mode.kind === "socket") {
    mode.receiver.client.on("connected", () => {
      connected = true;
    });
    for (const down of ["reconnecting", "disconnecting", "disconnected", "close"]) {
      mode.receiver.client.on(down, () => {
        connected = false;
      });
    }
  } else {
    const { receiver } = mode;
    routes = [
      {
        method: "POST",
        path: slackEventsPath,
        handle: (request, response) => receiver.handle(request, response),
      },
    ];
  }

  return {
    name: "slack",
    routes,
    async start() {
      if (state !== "new") return;
      try {
        await app.init();
      } catch (error) {
        throw new PlatformApiError(
          `auth.test failed (${describe(error)}). Check SLACK_BOT_TOKEN: the Bot User OAuth ` +
            "Token (xoxb-...) from OAuth & Permissions, and that the Slack API is reachable.",
          { cause: error },
        );
      }
      try {
        await app.start();
      } catch (error) {
        throw new PlatformApiError(
          `Could not open the Socket Mode connection (${describe(error)}). Check SLACK_APP_TOKEN (an app-level ` +
            "token with connections:write) and that Socket Mode is on for the app.",
          { cause: error },
        );
      }
      // stop() may have been called while we were connecting; it wins.
      if (state === "new") state = "running";
      logger.info({ mode: mode.kind }, "Slack adapter started");
    },
    async stop() {
      if (state === "stopped") return;
      state = "stopped";
      // Also when start() is still connecting: the Socket Mode client would otherwise keep retrying.
      if (mode.kind === "socket") await withTimeout(mode.receiver.client.disconnect(), disconnectTimeoutMs);
      else await mode.receiver.stop();
      if (!(await work.drain(drainTimeoutMs))) {
        logger.warn({ pending: work.size }, "stopped the Slack adapter with turns still in flight");
      }
    },
    readiness() {
      if (state !== "running")
        return {
          ready: false,
          reason: `the Slack adapter is ${state === "new" ? "not started" : "stopped"}`,
        };
      if (mode.kind === "socket" && !connected) {
        return { ready: false, reason: "the Socket Mode connection to Slack is down" };
      }
      return { ready: true };
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Resolves when `work` settles or after `ms`, whichever comes first; never rejects. */
async function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([work.then(noop, noop), timeout]);
  clearTimeout(timer);
}

function noop(): void {}
