import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./support/ensure-build";

const dockerfile = readFileSync(join(REPO_ROOT, "Dockerfile"), "utf8");
const instructions = dockerfile
  .replace(/\s*\\\n\s*/g, " ")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));

function stage(name: string): string[] {
  const start = instructions.findIndex((line) => line.startsWith("FROM ") && line.endsWith(` AS ${name}`));
  if (start < 0) throw new Error(`no stage ${name}`);
  const next = instructions.findIndex((line, index) => index > start && line.startsWith("FROM "));
  return instructions.slice(start, next < 0 ? undefined : next);
}

/** No Docker engine runs here, so the Dockerfile is held to what the install check below proves. */
describe("the Dockerfile", () => {
  it("builds with the dev dependencies and copies every folder the build compiles", () => {
    const build = stage("build");
    expect(build).toContain("RUN npm ci --ignore-scripts --no-audit --no-fund");
    expect(build).toContain("RUN npm run build");
    const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, "tsconfig.build.json"), "utf8")) as {
      include: string[];
    };
    for (const folder of [...tsconfig.include, "intents"])
      expect(build).toContain(`COPY ${folder} ./${folder}`);
  });

  it("runs with production dependencies only, dist/ and intents/, as a non-root user", () => {
    const runtime = stage("runtime");
    expect(runtime).toContain(
      "RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force",
    );
    expect(runtime).toContain("COPY --from=build /app/dist ./dist");
    expect(runtime).toContain("COPY intents ./intents");
    expect(runtime).toContain("USER node");
    expect(runtime.indexOf("USER node")).toBeGreaterThan(
      runtime.findIndex((line) => line.startsWith("RUN npm ci")),
    );
    expect(runtime).toContain(
      'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/src/server/healthcheck.js"]',
    );
    expect(runtime[runtime.length - 1]).toBe('CMD ["node", "dist/src/main.js"]');
  });
});

interface ScriptRun {
  readonly code: number | null;
  readonly output: string;
}

function runInstallCheck(): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [join(REPO_ROOT, "scripts", "check-production-install.sh")], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("scripts/check-production-install.sh", () => {
  it("builds, installs production dependencies only, starts, answers /healthz and exits 0 on SIGTERM", async () => {
    const run = await runInstallCheck();
    // On failure the script's own output says which step broke.
    expect({ code: run.code, output: run.output }).toEqual({ code: 0, output: expect.any(String) });
    expect(run.output).toContain("healthz: 200");
    expect(run.output).toContain("readyz: 200");
    expect(run.output).toContain("exit code after SIGTERM: 0");
    expect(run.output).toContain("production install OK");
  }, 300_000);
});
