import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../config/config";
import type { ConversationCore } from "../conversation/types";
import { ConfigInvalidError } from "../errors";
import { createLogger, type Logger } from "../observability/create-logger";
import { createMetrics, type Metrics } from "../observability/metrics";
import { createBotCore } from "./create-bot-core";
import { createHttpServer } from "./create-http-server";
import { healthRoutes } from "./health-routes";
import { instrumentCore } from "./instrument-core";
import type { PlatformAdapter } from "./platform-adapter";
import { platformMetricsObserver } from "./platform-metrics-observer";

export interface RunningServer {
  /** The port actually bound (port 0 in config.server picks a free one, which tests use). */
  readonly port: number;
  /** Stops taking events, lets in-flight ones finish (bounded), closes connections and the store. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Install SIGTERM/SIGINT handlers that stop gracefully and exit 0. Default true. */
  readonly handleSignals?: boolean;
}

type Closer = () => Promise<void>;

/** One process, one HTTP server: the configured platforms plus /healthz, /readyz and /metrics. */
export async function startPlatforms(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.log);
  const metrics = createMetrics();
  const bot = createBotCore(config, logger, metrics);
  const core = instrumentCore(bot.core, metrics);
  const closers: Closer[] = [() => bot.store.close()];
  let adapters: PlatformAdapter[];
  let server: Server;
  try {
    adapters = createAdapters(config, core, logger, metrics, closers);
    server = createHttpServer(
      [...adapters.flatMap((adapter) => adapter.routes), ...healthRoutes(bot.store, adapters, metrics)],
      logger,
    );
    await listen(server, config.server.port, config.server.host);
  } catch (error) {
    // Nothing may keep the process alive after a failed start (a Redis client reconnecting forever).
    await Promise.allSettled(closers.map((close) => close()));
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  for (const adapter of adapters) {
    // A platform that cannot connect yet (Socket Mode offline) must not take the others down: /readyz says so.
    adapter
      .start()
      .catch((error: unknown) =>
        logger.error({ err: error, platform: adapter.name }, "A platform could not start"),
      );
  }
  logger.info(
    { port, platforms: adapters.map((adapter) => adapter.name), store: bot.storeDescription },
    "microsense is listening",
  );
  void bot.ready.then((reachable) => {
    if (reachable) return;
    logger.warn(
      { store: bot.storeDescription },
      "Redis is not reachable yet: events are acknowledged, but replies that need state are skipped and " +
        "/readyz answers 503 until it is. Retrying in the background; check REDIS_URL and that Redis is up.",
    );
  });

  let stopping: Promise<void> | undefined;
  const removeSignalHandlers =
    (options.handleSignals ?? true) ? onShutdownSignal(logger, () => stop()) : noop;
  const stop = (): Promise<void> => {
    removeSignalHandlers();
    stopping ??= shutDown(server, adapters, closers, config.behaviour.shutdownTimeoutMs, logger);
    return stopping;
  };
  return { port, stop };
}

/** Binds the port; a port taken or not allowed, or a HOST that is not ours, is a setting to fix. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => {
      const problem = LISTEN_PROBLEMS[error.code ?? ""];
      reject(problem === undefined ? error : new ConfigInvalidError([problem(port, host)]));
    };
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      resolve();
    });
  });
}

const LISTEN_PROBLEMS: Readonly<Record<string, (port: number, host: string) => string>> = {
  EADDRINUSE: (port) =>
    `PORT=${port}: another program already listens on this port; stop it or choose another PORT`,
  EACCES: (port) => `PORT=${port}: this user may not listen on ports below 1024; choose a PORT from 1024 up`,
  EADDRNOTAVAIL: (_port, host) =>
    `HOST=${host}: no network interface of this machine has that address; use 0.0.0.0 for all of them`,
};

/** SIGTERM (docker stop, Kubernetes) or SIGINT (Ctrl-C): stop gracefully, then exit 0. */
function onShutdownSignal(logger: Logger, stop: () => Promise<void>): () => void {
  const signals = ["SIGTERM", "SIGINT"] as const;
  const handler = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, "Shutting down: finishing the events in progress");
    void stop().then(
      () => {
        logger.info("Stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "Shutdown failed");
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.once(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}

type SlackAdapterModule = typeof import("../../adapters/slack/create-slack-adapter");
type TeamsAdapterModule = typeof import("../../adapters/teams/create-teams-adapter");
type TeamsStorageModule = typeof import("../../adapters/teams/create-teams-bot-storage");

/*
 * Each platform's SDK is loaded only when that platform is configured: botbuilder and its dependencies cost
 * a Slack-only process about 40 MB of memory, Bolt a Teams-only one about 30 MB. A synchronous require, as
 * the CommonJS build does for every import, keeps start-up order and errors as they were.
 */
function loadSlackAdapter(): SlackAdapterModule {
  return require("../../adapters/slack/create-slack-adapter") as SlackAdapterModule;
}

function loadTeamsAdapter(): TeamsAdapterModule & TeamsStorageModule {
  const adapter = require("../../adapters/teams/create-teams-adapter") as TeamsAdapterModule;
  const storage = require("../../adapters/teams/create-teams-bot-storage") as TeamsStorageModule;
  return { ...adapter, ...storage };
}

function createAdapters(
  config: Config,
  core: ConversationCore,
  logger: Logger,
  metrics: Metrics,
  closers: Closer[],
): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = loadSlackAdapter();
    adapters.push(
      createSlackAdapter({
        botToken: config.slack.botToken,
        ...(config.slack.signingSecret ? { signingSecret: config.slack.signingSecret } : {}),
        ...(config.slack.mode === "socket" ? { appToken: config.slack.appToken } : {}),
        ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
        ...(config.slack.reactionEmoji ? { reactionEmoji: config.slack.reactionEmoji } : {}),
        core,
        logger,
        observer: platformMetricsObserver(metrics, "slack"),
      }),
    );
  }
  if (config.teams) {
    const teams = config.teams;
    const { createTeamsAdapter, createTeamsBotStorage } = loadTeamsAdapter();
    const { storage, close } = createTeamsBotStorage({
      ...(config.redis ? { redisUrl: config.redis.url } : {}),
      keyPrefix: config.keyPrefix,
      logger,
    });
    closers.push(close);
    adapters.push(
      createTeamsAdapter({
        ...(teams.auth === "none"
          ? { local: true }
          : {
              appId: teams.appId,
              appType: teams.auth,
              tenantId: teams.tenantId,
              ...(teams.auth === "SingleTenant" ? { appPassword: teams.appPassword } : {}),
            }),
        core,
        storage,
        logger,
        observer: platformMetricsObserver(metrics, "teams"),
      }),
    );
  }
  return adapters;
}

/**
 * Closes the listener, lets each adapter refuse new events and finish the ones in flight, and only then
 * closes Redis, so no turn loses its store half-way. Bounded by `timeoutMs` in all.
 */
async function shutDown(
  server: Server,
  adapters: readonly PlatformAdapter[],
  closers: readonly Closer[],
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const work = (async () => {
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    server.closeIdleConnections();
    await closed;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const outcome = await Promise.race([work, deadline]);
  clearTimeout(timer);
  if (outcome === "timeout") {
    logger.warn({ timeoutMs }, "In-flight work did not finish in time; closing anyway");
    server.closeAllConnections();
  }
  await Promise.allSettled(closers.map((close) => close()));
}

function noop(): void {}
