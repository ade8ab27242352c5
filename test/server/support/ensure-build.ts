import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..", "..", "..");
export const BUILT_MAIN = join(REPO_ROOT, "dist", "src", "main.js");

/** Written after each build here; tsc's incremental build leaves unchanged outputs' times alone. */
const STAMP = join(REPO_ROOT, "dist", ".server-tests-built");
const SOURCE_FOLDERS = ["src", "adapters"];

/**
 * Makes sure dist/ holds a build of the current sources, for tests that run `node dist/src/main.js` in a
 * child process (ts-jest cannot reach into a child). Runs tsc only when a source is newer than the last
 * build made here.
 */
export function ensureBuild(): void {
  if (existsSync(BUILT_MAIN) && stampMs() >= newestSourceMs()) return;
  const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: REPO_ROOT, stdio: "pipe" });
  } catch (error) {
    // tsc still writes its output when some file has a type error; only a missing build is fatal here.
    if (!existsSync(BUILT_MAIN)) throw error;
  }
  writeFileSync(STAMP, new Date().toISOString());
}

function stampMs(): number {
  return existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
}

function newestSourceMs(): number {
  let newest = 0;
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(join(REPO_ROOT, folder));
  return newest;
}
