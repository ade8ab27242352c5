import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageTeamsApp } from "../../scripts/teams-package";
import { readZip } from "./support/read-zip";

const MANIFEST_DIR = join(__dirname, "../../adapters/teams/manifest");
const APP_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

describe("scripts/teams-package", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "microsense-teams-package-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const build = (env: Record<string, string | undefined>) =>
    packageTeamsApp({
      env,
      dotEnvPath: join(dir, ".env"),
      manifestDir: MANIFEST_DIR,
      outputPath: join(dir, "out", "microsense-teams.zip"),
    });

  it("zips manifest.json and the two icons at the root, with the app id filled in", async () => {
    const path = await build({ MicrosoftAppId: APP_ID });

    const entries = readZip(readFileSync(path));
    expect([...entries.keys()].sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = entries.get("manifest.json")?.toString("utf8") ?? "";
    expect(manifest).not.toContain("${{");
    const parsed = JSON.parse(manifest) as {
      id: string;
      bots: { botId: string }[];
      webApplicationInfo: { id: string };
    };
    expect([parsed.id, parsed.bots[0]?.botId, parsed.webApplicationInfo.id]).toEqual([
      APP_ID,
      APP_ID,
      APP_ID,
    ]);
    expect(entries.get("color.png")?.equals(readFileSync(join(MANIFEST_DIR, "color.png")))).toBe(true);
    expect(entries.get("outline.png")?.equals(readFileSync(join(MANIFEST_DIR, "outline.png")))).toBe(true);
  });

  it("reads the app id from .env when the environment has none", async () => {
    writeFileSync(join(dir, ".env"), `# Teams\nMicrosoftAppId=${APP_ID}\n`);

    const entries = readZip(readFileSync(await build({})));

    expect(entries.get("manifest.json")?.toString("utf8")).toContain(APP_ID);
  });

  it.each([
    ["missing", {}],
    ["not a GUID", { MicrosoftAppId: "my-bot" }],
  ])("refuses with CONFIG_INVALID when the app id is %s", async (_name, env) => {
    await expect(build(env)).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });
});
