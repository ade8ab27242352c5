import { z } from "zod";
import { LOG_FORMATS, LOG_LEVELS } from "./config";

/*
 * One schema per environment variable, each judging only its own value. Every message is the second half
 * of a problem line ("PORT=abc: <message>"), so it says what to write instead. Rules that involve several
 * settings (which platform is enabled, which token goes with which) live in platform-settings.ts.
 */

type Check = (value: string) => string | undefined;

function checked(check: Check): z.ZodString {
  return z.string().superRefine((value, ctx) => {
    const message = check(value);
    if (message !== undefined) ctx.issues.push({ code: "custom", message, input: value });
  });
}

function wholeNumber(min: number, max: number, fallback: number, unit?: string) {
  const message = `use a whole number${unit === undefined ? "" : ` of ${unit}`} from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message))
    .default(fallback);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z
    .string()
    .toLowerCase()
    .pipe(z.enum(values, { error: `use one of ${values.join(", ")}` }))
    .default(fallback);
}

function yesNo() {
  return z.stringbool({
    truthy: ["true", "1", "yes"],
    falsy: ["false", "0", "no"],
    error: "use true or false (1/0 and yes/no work too)",
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const NO_SPACES = /^\S+$/;
const EMOJI = /^[a-z0-9_+'-]+$/;
const ONE_DAY_SECONDS = 86_400;

/** Where to find each credential, shared by the per-setting and the cross-setting messages. */
export const WHERE_TO_FIND = {
  botToken: "copy the Bot User OAuth Token (xoxb-...) from your app's OAuth & Permissions page",
  appToken:
    "create an app-level token (xapp-...) with the connections:write scope under Basic Information > App-Level Tokens",
  signingSecret: "copy the Signing Secret from Basic Information > App Credentials",
  appId: "copy the Microsoft App ID (a GUID) from the Configuration page of your Azure Bot resource",
  appPassword:
    "create a client secret under Certificates & secrets of the bot's app registration and copy its value",
  tenantId: "copy the Directory (tenant) ID, a GUID, from the Overview page of the bot's app registration",
} as const;

const slackBotToken = checked((token) => {
  if (token.startsWith("xoxb-")) return undefined;
  if (token.startsWith("xapp-"))
    return `this is an app-level token, which belongs in SLACK_APP_TOKEN; ${WHERE_TO_FIND.botToken}`;
  if (token.startsWith("xoxp-"))
    return `this is a user token, but microsense acts as a bot: ${WHERE_TO_FIND.botToken}`;
  return `a bot token starts with xoxb-: ${WHERE_TO_FIND.botToken}`;
});

const slackAppToken = checked((token) => {
  if (token.startsWith("xapp-")) return undefined;
  if (token.startsWith("xoxb-"))
    return `this is the bot token, which belongs in SLACK_BOT_TOKEN; ${WHERE_TO_FIND.appToken}`;
  return `an app-level token starts with xapp-: ${WHERE_TO_FIND.appToken}`;
});

const slackSigningSecret = checked((secret) =>
  /^(xox.|xapp)-/.test(secret)
    ? `this is a token, not the signing secret: ${WHERE_TO_FIND.signingSecret}`
    : undefined,
);

/** Slack clients append method names to the base URL, so it must end with "/". */
const slackApiUrl = z
  .url({
    protocol: /^https?$/,
    normalize: true,
    error: "use an http:// or https:// URL, e.g. https://slack.com/api/",
  })
  .transform((url) => (url.endsWith("/") ? url : `${url}/`));

const slackReactionEmoji = z
  .string()
  .transform((name) => name.replace(/^:(.+):$/, "$1"))
  .pipe(z.string().regex(EMOJI, "use an emoji name such as eyes or thinking_face, without colons"));

const microsoftAppId = z.string().regex(GUID, WHERE_TO_FIND.appId);

const microsoftAppType = z
  .string()
  .superRefine((value, ctx) => {
    if (value.toLowerCase() !== "multitenant") return;
    ctx.issues.push({
      code: "custom",
      input: value,
      message:
        "new multi-tenant bot registrations are no longer created: use SingleTenant " +
        "(or UserAssignedMSI) with MicrosoftAppTenantId",
    });
  })
  .transform((value) => value.toLowerCase())
  .pipe(
    z
      .enum(["singletenant", "userassignedmsi"], { error: "use SingleTenant or UserAssignedMSI" })
      .transform((value) => (value === "singletenant" ? "SingleTenant" : "UserAssignedMSI")),
  );

const microsoftAppTenantId = z
  .string()
  .refine((value) => GUID.test(value) || DOMAIN.test(value), WHERE_TO_FIND.tenantId);

const redisUrl = z.url({
  protocol: /^rediss?$/,
  error:
    "use a redis:// or rediss:// URL such as redis://127.0.0.1:6379, or leave it unset to keep state in memory",
});

const identifier = (what: string) =>
  z
    .string()
    .max(80, `use at most 80 characters for the ${what}`)
    .regex(NO_SPACES, `use a ${what} without spaces`);

/** Keys in the order .env.example lists them: the test holds the two in step. */
export const settingsSchema = z.object({
  SLACK_BOT_TOKEN: slackBotToken.optional(),
  SLACK_SIGNING_SECRET: slackSigningSecret.optional(),
  SLACK_APP_TOKEN: slackAppToken.optional(),
  SLACK_API_URL: slackApiUrl.optional(),
  SLACK_REACTION_EMOJI: slackReactionEmoji.optional(),

  MicrosoftAppId: microsoftAppId.optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: microsoftAppType.optional(),
  MicrosoftAppTenantId: microsoftAppTenantId.optional(),
  TEAMS_LOCAL: yesNo().default(false),

  PORT: wholeNumber(1, 65_535, 3000),
  HOST: z
    .string()
    .regex(NO_SPACES, "use a host name or IP address without spaces, e.g. 0.0.0.0")
    .default("0.0.0.0"),

  REDIS_URL: redisUrl.optional(),
  REDIS_KEY_PREFIX: identifier("key prefix").default("microsense:"),

  CHANNEL_COOLDOWN_SECONDS: wholeNumber(0, 30 * ONE_DAY_SECONDS, 600, "seconds"),
  USER_COOLDOWN_SECONDS: wholeNumber(0, 30 * ONE_DAY_SECONDS, 3600, "seconds"),
  DEFAULT_DELIVERY_MODE: oneOf(["ephemeral", "thread", "dm"], "ephemeral"),
  ANSWER_QUESTIONS: yesNo().default(true),
  QUIZ_TTL_HOURS: wholeNumber(1, 30 * 24, 24, "hours"),
  DEDUPE_TTL_SECONDS: wholeNumber(1, ONE_DAY_SECONDS, 900, "seconds"),
  SHUTDOWN_TIMEOUT_SECONDS: wholeNumber(1, 300, 10, "seconds"),

  LOG_LEVEL: oneOf(LOG_LEVELS, "info"),
  LOG_FORMAT: oneOf(LOG_FORMATS, "json"),

  MICROSENSE_USER: z.string().max(80, "use at most 80 characters for the user name").default("you"),
  MICROSENSE_CHANNEL: identifier("channel name").default("general"),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingName = keyof Settings;

/** Every environment variable the loader reads, in .env.example order. */
export const SETTING_NAMES: readonly SettingName[] = settingsSchema.keyof().options;

/** Values never repeated in problem messages, because problems end up in terminals and logs. */
export const SECRET_SETTINGS: ReadonlySet<SettingName> = new Set<SettingName>([
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "MicrosoftAppPassword",
  "REDIS_URL",
]);
