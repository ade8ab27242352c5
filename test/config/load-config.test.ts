import type { Config } from "../../src/config/config";
import { formatConfigProblems } from "../../src/config/format-config-problems";
import { loadConfig } from "../../src/config/load-config";
import { ConfigInvalidError } from "../../src/errors";
import { APP_ID, APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, TENANT_ID } from "./sample-settings";

const DEFAULTS: Config = {
  mode: "console",
  server: { port: 3000, host: "0.0.0.0" },
  keyPrefix: "microsense:",
  behaviour: {
    channelCooldownMs: 600_000,
    userCooldownMs: 3_600_000,
    defaultDeliveryMode: "ephemeral",
    answerQuestions: true,
    quizTtlMs: 86_400_000,
    dedupeTtlMs: 900_000,
    shutdownTimeoutMs: 10_000,
  },
  log: { level: "info", format: "json" },
  console: { user: "you", channel: "general" },
};

describe("loadConfig: valid environments", () => {
  it.each<[string, NodeJS.ProcessEnv, Config]>([
    ["empty env: console mode with every default", {}, DEFAULTS],
    [
      "blank and whitespace-only values count as unset",
      { PORT: "", LOG_LEVEL: "  ", SLACK_BOT_TOKEN: "" },
      DEFAULTS,
    ],
    [
      "Slack over HTTP, with the API URL normalised and the emoji's colons dropped",
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: "http://127.0.0.1:9999/api",
        SLACK_REACTION_EMOJI: ":eyes:",
      },
      {
        ...DEFAULTS,
        mode: "platforms",
        slack: {
          mode: "http",
          botToken: BOT_TOKEN,
          signingSecret: SIGNING_SECRET,
          apiUrl: "http://127.0.0.1:9999/api/",
          reactionEmoji: "eyes",
        },
      },
    ],
    [
      "Slack in Socket Mode without a signing secret",
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN },
      { ...DEFAULTS, mode: "platforms", slack: { mode: "socket", botToken: BOT_TOKEN, appToken: APP_TOKEN } },
    ],
    [
      "Teams SingleTenant, app type spelt in lower case",
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: "s3cret~value",
        MicrosoftAppType: "singletenant",
        MicrosoftAppTenantId: TENANT_ID,
      },
      {
        ...DEFAULTS,
        mode: "platforms",
        teams: { auth: "SingleTenant", appId: APP_ID, appPassword: "s3cret~value", tenantId: TENANT_ID },
      },
    ],
    [
      "Teams with a user-assigned managed identity",
      { MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: TENANT_ID },
      {
        ...DEFAULTS,
        mode: "platforms",
        teams: { auth: "UserAssignedMSI", appId: APP_ID, tenantId: TENANT_ID },
      },
    ],
    ["TEAMS_LOCAL=1", { TEAMS_LOCAL: "1" }, { ...DEFAULTS, mode: "platforms", teams: { auth: "none" } }],
    ["TEAMS_LOCAL=0 leaves Teams off", { TEAMS_LOCAL: "0" }, DEFAULTS],
    [
      "every behaviour, state, server, log and console setting overridden",
      {
        PORT: "8080",
        HOST: "127.0.0.1",
        REDIS_URL: "rediss://user:pw@cache.example.com:6380",
        REDIS_KEY_PREFIX: "ms-test:",
        CHANNEL_COOLDOWN_SECONDS: "0",
        USER_COOLDOWN_SECONDS: "60",
        DEFAULT_DELIVERY_MODE: "Thread",
        ANSWER_QUESTIONS: "no",
        QUIZ_TTL_HOURS: "2",
        DEDUPE_TTL_SECONDS: "30",
        SHUTDOWN_TIMEOUT_SECONDS: "3",
        LOG_LEVEL: "DEBUG",
        LOG_FORMAT: "pretty",
        MICROSENSE_USER: "Ada Lovelace",
        MICROSENSE_CHANNEL: "architecture",
      },
      {
        mode: "console",
        server: { port: 8080, host: "127.0.0.1" },
        redis: { url: "rediss://user:pw@cache.example.com:6380" },
        keyPrefix: "ms-test:",
        behaviour: {
          channelCooldownMs: 0,
          userCooldownMs: 60_000,
          defaultDeliveryMode: "thread",
          answerQuestions: false,
          quizTtlMs: 7_200_000,
          dedupeTtlMs: 30_000,
          shutdownTimeoutMs: 3000,
        },
        log: { level: "debug", format: "pretty" },
        console: { user: "Ada Lovelace", channel: "architecture" },
      },
    ],
  ])("%s", (_name, env, expected) => {
    expect(loadConfig(env)).toEqual(expected);
  });

  it("reads only the env it is given and leaves it untouched", () => {
    const env = Object.freeze({ PORT: "4000", UNRELATED: "x" });
    expect(loadConfig(env).server.port).toBe(4000);
    expect(env).toEqual({ PORT: "4000", UNRELATED: "x" });
  });
});

describe("formatConfigProblems", () => {
  it("puts every problem on its own line", () => {
    const error = new ConfigInvalidError(["PORT=abc: first", "LOG_LEVEL=loud: second"]);
    const lines = formatConfigProblems(error).split("\n");
    expect(lines).toContain("  - PORT=abc: first");
    expect(lines).toContain("  - LOG_LEVEL=loud: second");
    expect(lines).toHaveLength(4);
  });
});
