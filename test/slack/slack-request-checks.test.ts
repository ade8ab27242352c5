import { createSlackAdapter } from "../../adapters/slack/create-slack-adapter";
import { ConfigInvalidError } from "../../src/errors";
import { createTestCore } from "./support/create-test-core";
import { FakeSlackApi } from "./support/fake-slack-api";
import { type HttpHarness, startHttpHarness, testLogger } from "./support/slack-harness";
import {
  commandRequest,
  eventRequest,
  fixture,
  sendSigned,
  serveRoutes,
  slackSignature,
} from "./support/slack-requests";

describe("requests that are not from Slack, or not readable", () => {
  let harness: HttpHarness;
  beforeEach(async () => {
    harness = await startHttpHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const conflation = (): ReturnType<typeof eventRequest> =>
    eventRequest(fixture("event-message-conflation.json"));

  it("rejects a wrong signature with 401 and never reaches the core", async () => {
    const response = await harness.send(conflation(), { secret: "not-the-signing-secret" });
    expect(response.status).toBe(401);
    await harness.close();
    expect(harness.core.events).toHaveLength(0);
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test"]);
  });

  it("rejects a request without a signature", async () => {
    expect((await harness.send(conflation(), { signature: null })).status).toBe(401);
  });

  it("rejects a body changed after signing", async () => {
    const request = conflation();
    const signature = slackSignature(
      "8f742231b10e8888abcd99yyyzzz85a5",
      Math.floor(Date.now() / 1000),
      request.body,
    );
    const tampered = { ...request, body: request.body.replace("U0ALICE", "U0MALLORY") };
    expect((await harness.send(tampered, { signature })).status).toBe(401);
    await harness.close();
    expect(harness.core.events).toHaveLength(0);
  });

  it("rejects a correctly signed request older than five minutes (a replay)", async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await harness.send(conflation(), { timestampSeconds: sixMinutesAgo });
    expect(response.status).toBe(401);
    await harness.close();
    expect(harness.core.events).toHaveLength(0);
  });

  it.each([
    ["malformed JSON", { body: '{"type":"event_callback",', contentType: "application/json" }],
    ["JSON that is not an object", { body: "null", contentType: "application/json" }],
    ["an object that is no Slack payload", { body: '{"hello":"world"}', contentType: "application/json" }],
    ["a form body without payload or command", commandRequest({ foo: "bar" })],
    [
      "a payload field that is not JSON",
      { body: "payload=%7Bnope", contentType: "application/x-www-form-urlencoded" },
    ],
  ])("answers 400 to %s, and keeps serving", async (_name, request) => {
    expect((await harness.send(request)).status).toBe(400);
    expect((await harness.send(eventRequest(fixture("url-verification.json")))).status).toBe(200);
  });

  it("answers Slack's unsigned ssl_check with 200 and never reaches the core", async () => {
    const response = await harness.send(commandRequest({ ssl_check: "1", token: "x" }), { signature: null });
    expect(response.status).toBe(200);
    await harness.close();
    expect(harness.core.events).toHaveLength(0);
  });

  it("answers 503 once stopped, so Slack retries elsewhere", async () => {
    await harness.adapter.stop();
    expect((await harness.send(conflation())).status).toBe(503);
    expect(harness.adapter.readiness()).toEqual({ ready: false, reason: "the Slack adapter is stopped" });
  });
});

describe("lifecycle and configuration", () => {
  it("is not ready before start and answers 503 meanwhile", async () => {
    const adapter = createSlackAdapter({
      botToken: "xoxb-test",
      signingSecret: "s",
      core: createTestCore(),
      logger: testLogger,
    });
    expect(adapter.readiness()).toEqual({ ready: false, reason: "the Slack adapter is not started" });
    expect(adapter.routes.map((route) => `${route.method} ${route.path}`)).toEqual(["POST /slack/events"]);
    const server = await serveRoutes(adapter.routes);
    try {
      const response = await sendSigned(
        `${server.url}/slack/events`,
        eventRequest(fixture("url-verification.json")),
        {
          secret: "s",
        },
      );
      expect(response.status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it("refuses HTTP mode without a signing secret, naming the setting", () => {
    try {
      createSlackAdapter({ botToken: "xoxb-test", core: createTestCore(), logger: testLogger });
      throw new Error("expected a ConfigInvalidError");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigInvalidError);
      expect((error as ConfigInvalidError).problems.join()).toContain("SLACK_SIGNING_SECRET");
    }
  });

  it("fails start() with PLATFORM_API_FAILED when Slack rejects the token", async () => {
    const api = await FakeSlackApi.start();
    api.failNext("auth.test", "invalid_auth");
    const adapter = createSlackAdapter({
      botToken: "xoxb-revoked",
      signingSecret: "s",
      apiUrl: api.apiUrl,
      core: createTestCore(),
      logger: testLogger,
    });
    try {
      await expect(adapter.start()).rejects.toMatchObject({ code: "PLATFORM_API_FAILED" });
      expect(adapter.readiness().ready).toBe(false);
    } finally {
      await api.close();
    }
  });
});
