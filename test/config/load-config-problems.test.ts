import { loadConfig } from "../../src/config/load-config";
import { ConfigInvalidError, isMicrosenseError } from "../../src/errors";
import { APP_ID, APP_TOKEN, BOT_TOKEN, problemsOf, SIGNING_SECRET, TENANT_ID } from "./sample-settings";

describe("loadConfig: invalid environments", () => {
  it.each<{ name: string; env: NodeJS.ProcessEnv; setting: string }>([
    { name: "PORT is not a number", env: { PORT: "abc" }, setting: "PORT" },
    { name: "PORT is out of range", env: { PORT: "70000" }, setting: "PORT" },
    { name: "PORT is zero", env: { PORT: "0" }, setting: "PORT" },
    { name: "PORT is a fraction", env: { PORT: "80.5" }, setting: "PORT" },
    {
      name: "a cooldown is negative",
      env: { USER_COOLDOWN_SECONDS: "-5" },
      setting: "USER_COOLDOWN_SECONDS",
    },
    {
      name: "ANSWER_QUESTIONS is not a yes/no",
      env: { ANSWER_QUESTIONS: "maybe" },
      setting: "ANSWER_QUESTIONS",
    },
    { name: "TEAMS_LOCAL is not a yes/no", env: { TEAMS_LOCAL: "sure" }, setting: "TEAMS_LOCAL" },
    {
      name: "an unknown delivery mode",
      env: { DEFAULT_DELIVERY_MODE: "channel" },
      setting: "DEFAULT_DELIVERY_MODE",
    },
    { name: "an unknown log level", env: { LOG_LEVEL: "verbose" }, setting: "LOG_LEVEL" },
    {
      name: "REDIS_URL with the wrong scheme",
      env: { REDIS_URL: "http://127.0.0.1:6379" },
      setting: "REDIS_URL",
    },
    {
      name: "a key prefix with spaces",
      env: { REDIS_KEY_PREFIX: "micro sense:" },
      setting: "REDIS_KEY_PREFIX",
    },
    {
      name: "MultiTenant",
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: "pw",
        MicrosoftAppType: "MultiTenant",
        MicrosoftAppTenantId: TENANT_ID,
      },
      setting: "MicrosoftAppType",
    },
    {
      name: "SingleTenant without a tenant",
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: "pw", MicrosoftAppType: "SingleTenant" },
      setting: "MicrosoftAppTenantId",
    },
    {
      name: "an unset app type means SingleTenant, which needs a password",
      env: { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID },
      setting: "MicrosoftAppPassword",
    },
    {
      name: "a managed identity with a password",
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: "UserAssignedMSI",
        MicrosoftAppTenantId: TENANT_ID,
        MicrosoftAppPassword: "pw",
      },
      setting: "MicrosoftAppPassword",
    },
    {
      name: "an app id that is not a GUID",
      env: { MicrosoftAppId: "my-bot", MicrosoftAppPassword: "pw", MicrosoftAppTenantId: TENANT_ID },
      setting: "MicrosoftAppId",
    },
    {
      name: "TEAMS_LOCAL together with an app id",
      env: { TEAMS_LOCAL: "1", MicrosoftAppId: APP_ID },
      setting: "TEAMS_LOCAL",
    },
    {
      name: "a Teams password without an app id",
      env: { MicrosoftAppPassword: "pw" },
      setting: "MicrosoftAppId",
    },
    {
      name: "a user token as the bot token",
      env: { SLACK_BOT_TOKEN: "xoxp-123", SLACK_SIGNING_SECRET: SIGNING_SECRET },
      setting: "SLACK_BOT_TOKEN",
    },
    {
      name: "the bot token as the app token",
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: BOT_TOKEN },
      setting: "SLACK_APP_TOKEN",
    },
    {
      name: "a bot token with neither transport",
      env: { SLACK_BOT_TOKEN: BOT_TOKEN },
      setting: "SLACK_SIGNING_SECRET",
    },
    {
      name: "a signing secret without a bot token",
      env: { SLACK_SIGNING_SECRET: SIGNING_SECRET },
      setting: "SLACK_BOT_TOKEN",
    },
    {
      name: "an API URL that is not http(s)",
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: "ftp://slack.test/api/" },
      setting: "SLACK_API_URL",
    },
    {
      name: "an emoji with spaces",
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_REACTION_EMOJI: "thinking face" },
      setting: "SLACK_REACTION_EMOJI",
    },
    {
      name: "a setting spelt the way other tools spell it",
      env: { MICROSOFT_APP_ID: APP_ID },
      setting: "MicrosoftAppId",
    },
  ])("$name: one problem, naming $setting", ({ env, setting }) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(setting);
  });

  it("reports every problem at once with the CONFIG_INVALID code", () => {
    const env = {
      PORT: "abc",
      LOG_LEVEL: "loud",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: "SingleTenant",
    };
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error: unknown) {
      caught = error;
    }
    expect(isMicrosenseError(caught, "CONFIG_INVALID")).toBe(true);
    const problems = caught instanceof ConfigInvalidError ? caught.problems : [];
    expect(problems).toHaveLength(5);
    for (const setting of [
      "PORT",
      "LOG_LEVEL",
      "SLACK_BOT_TOKEN",
      "MicrosoftAppTenantId",
      "MicrosoftAppPassword",
    ]) {
      expect(problems.some((problem) => problem.includes(setting))).toBe(true);
    }
  });

  it("judges the combinations even when a value is broken", () => {
    // The bad PORT must not hide that Slack is half configured.
    const problems = problemsOf({ PORT: "abc", SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(problems).toHaveLength(2);
    expect(problems.some((problem) => problem.startsWith("PORT=abc"))).toBe(true);
  });

  it("never repeats a secret in a problem", () => {
    const secrets = { SLACK_BOT_TOKEN: "xoxp-very-secret-1", MicrosoftAppPassword: "pw-very-secret-2" };
    const problems = problemsOf({
      ...secrets,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      REDIS_URL: "http://u:pw-3@h",
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const problem of problems) {
      expect(problem).not.toMatch(/very-secret|pw-3/);
    }
  });
});
