import type { SlackConfig, TeamsConfig } from "./config";
import { type SettingName, type Settings, WHERE_TO_FIND } from "./settings-schema";

/** What the cross-setting rules see: parsed values (a broken setting reads as unset) and the raw presence. */
export interface SettingsView {
  readonly settings: Settings;
  /** Set in the environment, valid or not. */
  isSet(name: SettingName): boolean;
  /** Set but rejected by its own schema; its problem is already reported. */
  isInvalid(name: SettingName): boolean;
}

const SLACK_EXTRAS = [
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_API_URL",
  "SLACK_REACTION_EMOJI",
] as const;
const TEAMS_EXTRAS = ["MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId"] as const;

/**
 * Slack is on when SLACK_BOT_TOKEN is set. An app token selects Socket Mode (the signing secret is then
 * optional); otherwise events come over HTTP and the signing secret is required.
 */
export function slackSettings(view: SettingsView, problems: string[]): SlackConfig | undefined {
  const { settings: s, isSet } = view;
  if (!isSet("SLACK_BOT_TOKEN")) {
    for (const name of SLACK_EXTRAS.filter(isSet)) {
      problems.push(
        `${name} is set but SLACK_BOT_TOKEN is missing: ${WHERE_TO_FIND.botToken} into .env, ` +
          `or remove ${name} if you do not use Slack`,
      );
    }
    return undefined;
  }
  if (!isSet("SLACK_SIGNING_SECRET") && !isSet("SLACK_APP_TOKEN")) {
    problems.push(
      "SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing: for events over HTTP, " +
        `${WHERE_TO_FIND.signingSecret}; for Socket Mode, set SLACK_APP_TOKEN instead (${WHERE_TO_FIND.appToken})`,
    );
  }
  if (s.SLACK_BOT_TOKEN === undefined) return undefined;

  const common = {
    botToken: s.SLACK_BOT_TOKEN,
    ...(s.SLACK_API_URL === undefined ? {} : { apiUrl: s.SLACK_API_URL }),
    ...(s.SLACK_REACTION_EMOJI === undefined ? {} : { reactionEmoji: s.SLACK_REACTION_EMOJI }),
  };
  if (s.SLACK_APP_TOKEN !== undefined) {
    return {
      mode: "socket",
      appToken: s.SLACK_APP_TOKEN,
      ...(s.SLACK_SIGNING_SECRET === undefined ? {} : { signingSecret: s.SLACK_SIGNING_SECRET }),
      ...common,
    };
  }
  if (s.SLACK_SIGNING_SECRET !== undefined)
    return { mode: "http", signingSecret: s.SLACK_SIGNING_SECRET, ...common };
  return undefined;
}

/**
 * Teams is on when MicrosoftAppId is set (authenticated, against Azure) or TEAMS_LOCAL is true (no
 * authentication, for local tools only). The two exclude each other so a local switch can never leave a
 * production endpoint open.
 */
export function teamsSettings(view: SettingsView, problems: string[]): TeamsConfig | undefined {
  const { settings: s, isSet, isInvalid } = view;
  if (s.TEAMS_LOCAL) {
    const conflicting = (["MicrosoftAppId", ...TEAMS_EXTRAS] as const).filter(isSet);
    if (conflicting.length > 0) {
      problems.push(
        `TEAMS_LOCAL=1 turns authentication off, so it cannot be combined with ${conflicting.join(", ")}: ` +
          "remove TEAMS_LOCAL to connect to Azure, or remove the Microsoft* settings to try the bot " +
          "in the Emulator or Agents Playground",
      );
    }
    return { auth: "none" };
  }
  if (!isSet("MicrosoftAppId")) {
    for (const name of TEAMS_EXTRAS.filter(isSet)) {
      problems.push(
        `${name} is set but MicrosoftAppId is missing: ${WHERE_TO_FIND.appId} into .env, ` +
          `or remove ${name} if you do not use Teams`,
      );
    }
    return undefined;
  }
  // With an unreadable app type nobody can tell which of the other settings are required.
  if (isInvalid("MicrosoftAppType")) return undefined;

  const appType = s.MicrosoftAppType ?? "SingleTenant";
  const because = isSet("MicrosoftAppType")
    ? `${appType} needs it`
    : "MicrosoftAppType defaults to SingleTenant, which needs it";
  if (!isSet("MicrosoftAppTenantId")) {
    problems.push(
      `MicrosoftAppId is set but MicrosoftAppTenantId is missing (${because}): ${WHERE_TO_FIND.tenantId}`,
    );
  }
  if (appType === "SingleTenant" && !isSet("MicrosoftAppPassword")) {
    problems.push(
      `MicrosoftAppId is set but MicrosoftAppPassword is missing (${because}): ${WHERE_TO_FIND.appPassword}, ` +
        "or set MicrosoftAppType=UserAssignedMSI to sign in with a managed identity instead",
    );
  }
  if (appType === "UserAssignedMSI" && isSet("MicrosoftAppPassword")) {
    problems.push(
      "MicrosoftAppPassword is set but MicrosoftAppType=UserAssignedMSI signs in with the managed identity, " +
        "not a password: remove MicrosoftAppPassword, or use MicrosoftAppType=SingleTenant",
    );
  }

  const { MicrosoftAppId: appId, MicrosoftAppTenantId: tenantId, MicrosoftAppPassword: appPassword } = s;
  if (appId === undefined || tenantId === undefined) return undefined;
  if (appType === "UserAssignedMSI") return { auth: "UserAssignedMSI", appId, tenantId };
  if (appPassword === undefined) return undefined;
  return { auth: "SingleTenant", appId, appPassword, tenantId };
}
