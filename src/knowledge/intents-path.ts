import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * A path under intents/ at the repository root, found by walking up to package.json, so it works
 * from src/ under ts-jest and from dist/src/ after the build alike.
 */
export function intentsPath(...parts: string[]): string {
  let directory = __dirname;
  while (!existsSync(join(directory, "package.json"))) {
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return join(directory, "intents", ...parts);
}
