import { MemoryStorage } from "botbuilder";
import pino from "pino";
import { createTeamsAdapter } from "../../adapters/teams/create-teams-adapter";
import { isMicrosenseError } from "../../src/errors";
import { createTestCore, recordEvents } from "./support/create-test-core";
import { type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

const APP_ID = "00000000-0000-4000-8000-00000000a11d";
const TENANT = "00000000-0000-4000-8000-0000000fa4e0";

describe("Teams adapter with an app id: Bot Framework authentication", () => {
  let connector: FakeConnector;
  let bot: TeamsBot;
  let core: ReturnType<typeof recordEvents>;

  beforeEach(async () => {
    connector = await startFakeConnector();
    core = recordEvents(createTestCore());
    bot = await startTeamsBot(core, {
      credentials: {
        appId: APP_ID,
        appPassword: "not-a-real-secret",
        appType: "SingleTenant",
        tenantId: TENANT,
      },
    });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const conflation = () => loadRawActivity("channel-conflation", { serviceUrl: connector.serviceUrl });

  it("rejects a request without a token with 401 and does nothing", async () => {
    const response = await bot.post(conflation());

    expect(response.status).toBe(401);
    expect(core.events).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });

  // Neither token names a Bot Framework issuer, so botbuilder rejects it before it would fetch any signing
  // keys: the test needs nothing beyond loopback. (botbuilder prints each rejection with console.error.)
  it.each([
    ["a token that is no JWT", "Bearer not-a-jwt"],
    [
      "a JWT from an unknown issuer",
      `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(
        JSON.stringify({ iss: "https://attacker.example", aud: APP_ID }),
      ).toString("base64url")}.`,
    ],
  ])("rejects %s with 401 and does nothing", async (_name, authorization) => {
    const response = await bot.post(conflation(), { authorization });

    expect(response.status).toBe(401);
    expect(core.events).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("Teams adapter credentials", () => {
  const base = { core: createTestCore(), storage: new MemoryStorage(), logger: pino({ level: "silent" }) };

  it.each([
    ["no app id and not local", {}, 1],
    ["local together with an app id", { local: true, appId: APP_ID }, 1],
    ["SingleTenant without tenant and password", { appId: APP_ID }, 2],
    [
      "UserAssignedMSI with a password",
      { appId: APP_ID, appType: "UserAssignedMSI", tenantId: TENANT, appPassword: "x" },
      1,
    ],
  ] as const)("refuses %s with CONFIG_INVALID naming each problem", (_name, credentials, count) => {
    let thrown: unknown;
    try {
      createTeamsAdapter({ ...base, ...credentials });
    } catch (error) {
      thrown = error;
    }
    expect(isMicrosenseError(thrown, "CONFIG_INVALID")).toBe(true);
    expect((thrown as { problems: readonly string[] }).problems).toHaveLength(count);
  });

  it("accepts a user-assigned managed identity without a password", () => {
    const adapter = createTeamsAdapter({
      ...base,
      appId: APP_ID,
      appType: "UserAssignedMSI",
      tenantId: TENANT,
    });

    expect(adapter.routes.map((route) => `${route.method} ${route.path}`)).toEqual(["POST /api/messages"]);
    expect(adapter.readiness()).toEqual({ ready: true });
  });
});
