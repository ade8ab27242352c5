import { ConfigInvalidError } from "../errors";
import type { Config } from "./config";
import { type SettingsView, slackSettings, teamsSettings } from "./platform-settings";
import {
  SECRET_SETTINGS,
  SETTING_NAMES,
  type SettingName,
  type Settings,
  settingsSchema,
} from "./settings-schema";

export { SETTING_NAMES, type SettingName } from "./settings-schema";

const SECONDS = 1000;
const HOURS = 3600 * SECONDS;

/**
 * Reads every setting from `env` (never from anywhere else, and without changing it) and returns the
 * validated configuration. Throws ConfigInvalidError listing every problem found, not just the first.
 * A blank value counts as unset, so the empty lines of .env.example change nothing.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = presentValues(env);
  const problems = misspelledSettings(env);
  const invalid = new Set<SettingName>();

  const parsed = settingsSchema.safeParse(raw);
  let settings: Settings;
  if (parsed.success) {
    settings = parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0];
      if (!isSettingName(name)) {
        problems.push(issue.message);
      } else if (!invalid.has(name)) {
        invalid.add(name);
        problems.push(describeProblem(name, raw[name], issue.message));
      }
    }
    // Judge the combinations as well, with each broken setting read as unset, so one run reports everything.
    settings = settingsSchema.parse(withoutNames(raw, invalid));
  }

  const view: SettingsView = {
    settings,
    isSet: (name) => raw[name] !== undefined,
    isInvalid: (name) => invalid.has(name),
  };
  const slack = slackSettings(view, problems);
  const teams = teamsSettings(view, problems);
  if (problems.length > 0) throw new ConfigInvalidError(problems);

  const s = settings;
  return {
    mode: slack === undefined && teams === undefined ? "console" : "platforms",
    server: { port: s.PORT, host: s.HOST },
    ...(slack === undefined ? {} : { slack }),
    ...(teams === undefined ? {} : { teams }),
    ...(s.REDIS_URL === undefined ? {} : { redis: { url: s.REDIS_URL } }),
    keyPrefix: s.REDIS_KEY_PREFIX,
    behaviour: {
      channelCooldownMs: s.CHANNEL_COOLDOWN_SECONDS * SECONDS,
      userCooldownMs: s.USER_COOLDOWN_SECONDS * SECONDS,
      defaultDeliveryMode: s.DEFAULT_DELIVERY_MODE,
      answerQuestions: s.ANSWER_QUESTIONS,
      quizTtlMs: s.QUIZ_TTL_HOURS * HOURS,
      dedupeTtlMs: s.DEDUPE_TTL_SECONDS * SECONDS,
      shutdownTimeoutMs: s.SHUTDOWN_TIMEOUT_SECONDS * SECONDS,
    },
    log: { level: s.LOG_LEVEL, format: s.LOG_FORMAT },
    console: { user: s.MICROSENSE_USER, channel: s.MICROSENSE_CHANNEL },
  };
}

type RawSettings = Partial<Record<SettingName, string>>;

function presentValues(env: NodeJS.ProcessEnv): RawSettings {
  const raw: RawSettings = {};
  for (const name of SETTING_NAMES) {
    const value = env[name]?.trim();
    if (value !== undefined && value !== "") raw[name] = value;
  }
  return raw;
}

function withoutNames(raw: RawSettings, names: ReadonlySet<SettingName>): RawSettings {
  const kept: RawSettings = {};
  for (const name of SETTING_NAMES) {
    const value = raw[name];
    if (value !== undefined && !names.has(name)) kept[name] = value;
  }
  return kept;
}

function isSettingName(value: unknown): value is SettingName {
  return typeof value === "string" && (SETTING_NAMES as readonly string[]).includes(value);
}

/** "PORT=abc: use ...". Secrets are never echoed: problems end up in terminals and CI logs. */
function describeProblem(name: SettingName, value: string | undefined, message: string): string {
  if (value === undefined || SECRET_SETTINGS.has(name)) return `${name}: ${message}`;
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `${name}=${/^\S+$/.test(shown) ? shown : JSON.stringify(shown)}: ${message}`;
}

const squash = (name: string): string => name.replaceAll("_", "").toLowerCase();
const BY_SQUASHED_NAME = new Map(SETTING_NAMES.map((name) => [squash(name), name]));

/**
 * MICROSOFT_APP_ID for MicrosoftAppId, slack_bot_token for SLACK_BOT_TOKEN: spellings that would otherwise be
 * ignored without a word, leaving the user wondering why their setting has no effect.
 */
function misspelledSettings(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    const intended = BY_SQUASHED_NAME.get(squash(key));
    if (intended === undefined || intended === key || value === undefined || value.trim() === "") continue;
    if (env[intended] === undefined || env[intended]?.trim() === "") {
      problems.push(`${key} is not a setting microsense reads: rename it to ${intended}`);
    }
  }
  return problems;
}
