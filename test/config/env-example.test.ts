import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, SETTING_NAMES } from "../../src/config/load-config";
import { readDotEnv } from "../../src/config/read-dot-env";

const EXAMPLE = join(__dirname, "..", "..", ".env.example");

describe(".env.example", () => {
  it("lists exactly the settings the loader reads, in the loader's order", () => {
    const listed = readFileSync(EXAMPLE, "utf8")
      .split("\n")
      .map((line) => /^#? ?([A-Za-z][A-Za-z0-9_]*)=/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect(listed).toEqual([...SETTING_NAMES]);
  });

  it("changes nothing when copied to .env as it is", () => {
    const fromExample = readDotEnv(EXAMPLE) ?? { missing: "file" };
    expect(Object.values(fromExample).filter((value) => value !== "")).toEqual([]);
    expect(loadConfig(fromExample)).toEqual(loadConfig({}));
  });
});
