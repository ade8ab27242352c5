import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig } from "../../src/config/load-config";
import { ConfigInvalidError } from "../../src/errors";
import { startPlatforms } from "../../src/server/start-platforms";
import { testEnvironment } from "./support/start-test-server";

describe("a server that cannot start", () => {
  let occupant: Server;
  let port: number;

  beforeAll(async () => {
    occupant = createServer((_request, response) => response.end());
    await new Promise<void>((resolve) => occupant.listen(0, "127.0.0.1", resolve));
    port = (occupant.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => occupant.close(() => resolve()));
  });

  it("reports a port in use as a setting to fix", async () => {
    const config = loadConfig(testEnvironment({ TEAMS_LOCAL: "1", PORT: String(port) }));
    const started = startPlatforms(config, { handleSignals: false, logger: pino({ level: "silent" }) });
    await expect(started).rejects.toThrow(ConfigInvalidError);
    await expect(started).rejects.toMatchObject({
      problems: [
        `PORT=${port}: another program already listens on this port; stop it or choose another PORT`,
      ],
    });
  });

  it("reports a HOST that is not an address of this machine", async () => {
    const config = loadConfig(testEnvironment({ TEAMS_LOCAL: "1", HOST: "192.0.2.1" }));
    const started = startPlatforms(
      { ...config, server: { ...config.server, port: 0 } },
      { handleSignals: false, logger: pino({ level: "silent" }) },
    );
    await expect(started).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      problems: [expect.stringMatching(/^HOST=192\.0\.2\.1: no network interface/)],
    });
  });
});
