import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPng } from "./support/read-png";

const MANIFEST_DIR = join(__dirname, "../../adapters/teams/manifest");

interface CommandList {
  scopes: string[];
  commands: { title: string; description: string }[];
}

const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, "manifest.json"), "utf8")) as {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  description: { short: string; full: string };
  bots: { botId: string; scopes: string[]; commandLists: CommandList[] }[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
};

// The commands the conversation core understands.
const CORE_COMMANDS = [
  "help",
  "explain microservices",
  "explain microsegmentation",
  "compare",
  "check",
  "quiz",
  "mute",
  "unmute",
  "optout",
  "optin",
  "mode",
  "stats",
];
// biome-ignore lint/suspicious/noTemplateCurlyInString: the Teams Toolkit placeholder, filled when packaging
const APP_ID = "${{MICROSOFT_APP_ID}}";

describe("the Teams app manifest", () => {
  const [bot] = manifest.bots;

  it("uses schema 1.17 or later", () => {
    const [major, minor] = manifest.manifestVersion.split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(17);
  });

  it("leaves the app and bot ids to packaging", () => {
    expect([manifest.id, bot?.botId, manifest.webApplicationInfo.id]).toEqual([APP_ID, APP_ID, APP_ID]);
  });

  it("asks for the resource-specific consent to read every channel and chat message", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([
        { name: "ChannelMessage.Read.Group", type: "Application" },
        { name: "ChatMessage.Read.Chat", type: "Application" },
      ]),
    );
  });

  it("installs in teams, group chats and personally", () => {
    expect([...(bot?.scopes ?? [])].sort()).toEqual(["groupChat", "personal", "team"]);
  });

  it("lists every core command, within the manifest limits", () => {
    const lists = bot?.commandLists ?? [];
    const titles = new Set(lists.flatMap((list) => list.commands.map((command) => command.title)));
    expect([...titles].sort()).toEqual([...CORE_COMMANDS].sort());
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
    expect(lists.length).toBeLessThanOrEqual(2);
  });

  it("keeps the descriptions within their limits", () => {
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it("has a 192x192 colour icon", () => {
    const png = readPng(readFileSync(join(MANIFEST_DIR, manifest.icons.color)));
    expect([png.width, png.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let index = 0; index < (png.pixels?.length ?? 0); index += 4) {
      colours.add(png.pixels?.subarray(index, index + 4).toString("hex") ?? "");
    }
    expect(colours.size).toBeGreaterThan(2);
  });

  it("has a 32x32 outline icon, white on transparent only", () => {
    const png = readPng(readFileSync(join(MANIFEST_DIR, manifest.icons.outline)));
    expect([png.width, png.height]).toEqual([32, 32]);
    const pixels = png.pixels ?? Buffer.alloc(0);
    expect(pixels.length).toBe(32 * 32 * 4);
    let white = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const [r, g, b, a] = pixels.subarray(index, index + 4);
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(0);
  });
});
