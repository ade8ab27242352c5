import { createSlackAdapter } from "../../adapters/slack/create-slack-adapter";
import { decodeActionId } from "../../adapters/slack/render-blocks";
import type { PlatformAdapter } from "../../src/server/platform-adapter";
import { correctMention, createTestCore } from "./support/create-test-core";
import { FakeSlackApi } from "./support/fake-slack-api";
import { FakeSocketMode } from "./support/fake-socket-mode";
import { type ObservedCore, observeCore } from "./support/observe-core";
import { buttonsOf } from "./support/posted-buttons";
import { testLogger } from "./support/slack-harness";
import { eventFixture, fixture } from "./support/slack-requests";

describe("Socket Mode", () => {
  let api: FakeSlackApi;
  let socket: FakeSocketMode;
  let core: ObservedCore;
  let adapter: PlatformAdapter;

  beforeEach(async () => {
    api = await FakeSlackApi.start();
    socket = await FakeSocketMode.start();
    api.socketUrl = socket.url;
    core = observeCore(createTestCore());
    adapter = createSlackAdapter({
      botToken: "xoxb-test",
      appToken: "xapp-1-A0001-test",
      apiUrl: api.apiUrl,
      core,
      logger: testLogger,
    });
  });

  afterEach(async () => {
    await adapter.stop();
    await socket.close();
    await api.close();
  });

  it("connects on start, has no HTTP route and is ready once Slack says hello", async () => {
    expect(adapter.routes).toEqual([]);
    expect(adapter.readiness().ready).toBe(false);
    await adapter.start();
    expect(adapter.readiness()).toEqual({ ready: true });
    expect(api.calls.map((call) => call.method)).toEqual(["auth.test", "apps.connections.open"]);
  });

  it("fails start() with PLATFORM_API_FAILED when Slack refuses the app-level token", async () => {
    api.failNext("apps.connections.open", "invalid_auth");
    await expect(adapter.start()).rejects.toMatchObject({ code: "PLATFORM_API_FAILED" });
    expect(adapter.readiness().ready).toBe(false);
  });

  it("acks events_api envelopes, clarifies the conflation and leaves the correct mention alone", async () => {
    await adapter.start();
    const correct = eventFixture(
      "event-message-plain.json",
      { text: correctMention },
      { event_id: "Ev0CORRECT1" },
    );
    for (const [envelopeId, payload] of [
      ["0a1b2c3d-0000-4000-8000-000000000003", correct],
      ["0a1b2c3d-0000-4000-8000-000000000001", fixture("event-message-conflation.json")],
    ] as const) {
      socket.send({
        envelope_id: envelopeId,
        payload,
        type: "events_api",
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: "",
      });
      expect(await socket.waitForAck(envelopeId)).toEqual({ envelope_id: envelopeId, payload: {} });
    }
    const [call] = await api.waitForCalls("chat.postEphemeral", 1);
    await adapter.stop();
    expect(call?.body).toMatchObject({
      channel: "C0GENERAL",
      user: "U0ALICE",
      thread_ts: "1700000000.000100",
    });
    expect(buttonsOf(call?.body ?? {}).map((button) => decodeActionId(button.actionId))).toEqual([
      "quiz:start",
      "clarify:why",
      "clarify:not-helpful",
      "clarify:mute",
    ]);
    expect(core.events.map((event) => event.eventId).sort()).toEqual(["Ev0CONFLATE1", "Ev0CORRECT1"]);
    expect(api.calls.map((call) => call.method)).toEqual([
      "auth.test",
      "apps.connections.open",
      "chat.postEphemeral",
    ]);
  });

  it("acks a slash_commands envelope before the core answers, then replies through response_url", async () => {
    await adapter.start();
    const release = core.hold();
    socket.send({
      envelope_id: "0a1b2c3d-0000-4000-8000-000000000002",
      payload: { ...fixture("slash-command.json"), text: "help", response_url: api.responseUrl() },
      type: "slash_commands",
      accepts_response_payload: true,
    });
    await socket.waitForAck("0a1b2c3d-0000-4000-8000-000000000002");
    expect(core.timeline).toEqual([]);
    release();
    const [reply] = await api.waitForCalls("response_url", 1);
    expect(reply?.body).toMatchObject({ response_type: "ephemeral" });
  });

  it("is not ready while the connection is down, and ready again once the client reconnects", async () => {
    await adapter.start();
    socket.dropConnection();
    await until(() => !adapter.readiness().ready);
    expect(adapter.readiness()).toEqual({
      ready: false,
      reason: "the Socket Mode connection to Slack is down",
    });
    // The Socket Mode client waits a few seconds, asks apps.connections.open again and reconnects.
    await until(() => adapter.readiness().ready);
    expect(api.callsTo("apps.connections.open")).toHaveLength(2);
  });
});

/** Waits for a condition by polling; the test's own timeout bounds it. */
function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (condition()) {
        clearInterval(poll);
        resolve();
      }
    }, 10);
  });
}
