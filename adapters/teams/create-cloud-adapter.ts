import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { ConfigInvalidError } from "../../src/errors";

export interface TeamsCredentials {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType?: "SingleTenant" | "UserAssignedMSI";
  readonly tenantId?: string;
  /** No authentication either way: for the Bot Framework Emulator or Agents Playground only. */
  readonly local?: boolean;
}

function problemsWith(credentials: TeamsCredentials): string[] {
  const { appId, appPassword, appType = "SingleTenant", tenantId, local = false } = credentials;
  if (local) {
    return appId
      ? [
          "TEAMS_LOCAL=1 turns authentication off and cannot be combined with MicrosoftAppId: remove one of them",
        ]
      : [];
  }
  if (!appId) {
    return [
      "MicrosoftAppId is missing: copy the Microsoft App ID from your Azure Bot's Configuration page, " +
        "or set TEAMS_LOCAL=1 to try the bot in the Emulator without authentication",
    ];
  }
  const problems: string[] = [];
  if (!tenantId) problems.push(`MicrosoftAppTenantId is missing: a ${appType} bot needs its Entra tenant id`);
  if (appType === "SingleTenant" && !appPassword) {
    problems.push("MicrosoftAppPassword is missing: create a client secret for the bot's app registration");
  }
  if (appType === "UserAssignedMSI" && appPassword) {
    problems.push(
      "MicrosoftAppPassword must be empty for UserAssignedMSI: the managed identity signs in instead",
    );
  }
  return problems;
}

/**
 * The CloudAdapter with Bot Framework authentication: with an app id every request must carry a valid
 * Bot Framework token (botbuilder answers 401 otherwise); in local mode nothing is checked or signed.
 */
export function createCloudAdapter(credentials: TeamsCredentials): { adapter: CloudAdapter; appId: string } {
  const problems = problemsWith(credentials);
  if (problems.length > 0) throw new ConfigInvalidError(problems);
  if (credentials.local || !credentials.appId) {
    return { adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), appId: "" };
  }
  const { appId, appPassword, appType = "SingleTenant", tenantId } = credentials;
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    // botbuilder spells the managed identity type "UserAssignedMsi" and compares it case-insensitively.
    MicrosoftAppType: appType === "UserAssignedMSI" ? "UserAssignedMsi" : appType,
    ...(appPassword === undefined ? {} : { MicrosoftAppPassword: appPassword }),
    ...(tenantId === undefined ? {} : { MicrosoftAppTenantId: tenantId }),
  });
  return { adapter: new CloudAdapter(authentication), appId };
}
