import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/load-config";
import { loadEnvironment } from "../../src/config/load-environment";
import { readDotEnv } from "../../src/config/read-dot-env";
import { isMicrosenseError } from "../../src/errors";

describe("loadEnvironment", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "microsense-env-"));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds what .env defines but never overrides a variable that is really set", () => {
    writeFileSync(
      join(dir, ".env"),
      "PORT=4000\nLOG_LEVEL=debug\n# HOST=10.0.0.1\nMICROSENSE_USER=from-file\n",
    );
    const real = { PORT: "5000", MICROSENSE_USER: "   ", PATH: "/usr/bin" };

    const merged = loadEnvironment(dir, real);

    expect(merged).toEqual({
      PORT: "5000",
      LOG_LEVEL: "debug",
      MICROSENSE_USER: "from-file",
      PATH: "/usr/bin",
    });
    expect(real).toEqual({ PORT: "5000", MICROSENSE_USER: "   ", PATH: "/usr/bin" });
    const config = loadConfig(merged);
    expect(config.server).toEqual({ port: 5000, host: "0.0.0.0" });
    expect(config.log.level).toBe("debug");
  });

  it("leaves process.env alone", () => {
    writeFileSync(join(dir, ".env"), "MICROSENSE_LOAD_ENVIRONMENT_PROBE=1\n");
    expect(loadEnvironment(dir).MICROSENSE_LOAD_ENVIRONMENT_PROBE).toBe("1");
    expect(process.env.MICROSENSE_LOAD_ENVIRONMENT_PROBE).toBeUndefined();
  });

  it("returns a copy of the real environment when there is no .env", () => {
    expect(readDotEnv(join(dir, ".env"))).toBeUndefined();
    expect(loadEnvironment(dir, { PORT: "5000" })).toEqual({ PORT: "5000" });
  });

  it("reports a .env that exists but cannot be read as a configuration problem", () => {
    mkdirSync(join(dir, ".env"));
    let caught: unknown;
    try {
      loadEnvironment(dir, {});
    } catch (error: unknown) {
      caught = error;
    }
    expect(isMicrosenseError(caught, "CONFIG_INVALID")).toBe(true);
  });
});
