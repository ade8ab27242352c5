import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load as parse } from "js-yaml";

interface Manifest {
  features: {
    app_home: Record<string, boolean>;
    slash_commands: Array<{ command: string; usage_hint?: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(join(__dirname, "..", "..", "adapters", "slack", "manifest.yml"), "utf8"),
) as Manifest;

describe("the Slack app manifest", () => {
  it("asks for exactly the scopes the adapter uses", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        "app_mentions:read",
        "channels:history",
        "chat:write",
        "commands",
        "groups:history",
        "im:history",
        "im:write",
        "reactions:write",
      ].sort(),
    );
  });

  it("subscribes to the events the adapter listens to", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ["app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"].sort(),
    );
  });

  it("declares /microsense with a usage hint, interactivity, both App Home tabs and Socket Mode", () => {
    expect(manifest.features.slash_commands).toHaveLength(1);
    expect(manifest.features.slash_commands[0]?.command).toBe("/microsense");
    expect(manifest.features.slash_commands[0]?.usage_hint).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
