/**
 * Builds the Teams app package (manifest.json + the two icons, at the zip root) for upload in the Teams
 * admin center or "Upload a custom app". The bot's Microsoft App ID goes into the manifest's placeholders.
 */
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "dotenv";
import { ZipFile } from "yazl";
import { ConfigInvalidError } from "../src/errors";

// biome-ignore lint/suspicious/noTemplateCurlyInString: the Teams Toolkit placeholder syntax, not a JS template
const PLACEHOLDER = "${{MICROSOFT_APP_ID}}";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = ["color.png", "outline.png"] as const;
// A fixed timestamp makes the same inputs give a byte-identical package.
const MTIME = new Date("2024-01-01T00:00:00Z");

export interface TeamsPackageOptions {
  /** Defaults to process.env; a .env file fills in what it lacks. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly dotEnvPath?: string;
  readonly manifestDir?: string;
  readonly outputPath?: string;
}

function readDotEnv(path: string): Record<string, string> {
  try {
    return parse(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return {};
    throw error;
  }
}

/** MicrosoftAppId from the environment (or .env), which must be the GUID of the bot's app registration. */
export function readAppId(env: Readonly<Record<string, string | undefined>>, dotEnvPath: string): string {
  const appId = (env.MicrosoftAppId ?? readDotEnv(dotEnvPath).MicrosoftAppId)?.trim();
  if (!appId) {
    throw new ConfigInvalidError([
      "MicrosoftAppId is missing: set it in the environment or in .env to the Microsoft App ID from your " +
        "Azure Bot's Configuration page; the Teams package cannot be built without it",
    ]);
  }
  if (!GUID.test(appId)) {
    throw new ConfigInvalidError([
      `MicrosoftAppId "${appId}" is not a GUID: copy the Microsoft App ID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) ` +
        "from your Azure Bot's Configuration page",
    ]);
  }
  return appId;
}

/** The manifest template with every app id placeholder filled, checked to still be JSON. */
export function fillManifest(template: string, appId: string): string {
  const filled = template.split(PLACEHOLDER).join(appId);
  if (filled.includes("${{")) {
    throw new ConfigInvalidError([
      `manifest.json has a placeholder other than ${PLACEHOLDER}: fill it in or remove it`,
    ]);
  }
  return `${JSON.stringify(JSON.parse(filled), null, 2)}\n`;
}

/** Writes the zip and resolves to its path. */
export async function packageTeamsApp(options: TeamsPackageOptions = {}): Promise<string> {
  const cwd = process.cwd();
  const appId = readAppId(options.env ?? process.env, options.dotEnvPath ?? join(cwd, ".env"));
  const manifestDir = options.manifestDir ?? join(cwd, "adapters/teams/manifest");
  const outputPath = resolve(options.outputPath ?? join(cwd, "dist/teams/microsense-teams.zip"));

  const zip = new ZipFile();
  const manifest = fillManifest(readFileSync(join(manifestDir, "manifest.json"), "utf8"), appId);
  zip.addBuffer(Buffer.from(manifest, "utf8"), "manifest.json", { mtime: MTIME });
  for (const icon of ICONS) zip.addBuffer(readFileSync(join(manifestDir, icon)), icon, { mtime: MTIME });
  zip.end();

  mkdirSync(dirname(outputPath), { recursive: true });
  await new Promise<void>((done, fail) => {
    const file = createWriteStream(outputPath);
    file.on("close", done);
    file.on("error", fail);
    zip.outputStream.on("error", fail).pipe(file);
  });
  return outputPath;
}

if (require.main === module) {
  packageTeamsApp().then(
    (path) => console.log(`Wrote ${path}: upload it in Teams under Apps > Manage your apps > Upload an app.`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
