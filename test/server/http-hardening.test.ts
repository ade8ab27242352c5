import { connect } from "node:net";
import { MAX_BODY_BYTES } from "../../src/server/create-http-server";
import { FakeSlackApi } from "../slack/support/fake-slack-api";
import {
  eventFixture,
  eventRequest,
  sendSigned,
  signingSecret,
  slackSignature,
} from "../slack/support/slack-requests";
import { type FakeConnector, startFakeConnector } from "../teams/support/fake-connector";
import { loadRawActivity } from "../teams/support/load-activity";
import { rawRequest } from "./support/raw-request";
import { slackSettings, startTestServer, type TestServer, waitUntilReady } from "./support/start-test-server";

const ONE_MB = 1_000_000;

/** The conflation fixture as a new event in its own channel, from its own user (no cooldown applies). */
function conflation(eventId: string, channel: string, user: string): Record<string, unknown> {
  return eventFixture("event-message-conflation.json", { channel, user }, { event_id: eventId });
}
const ROUTES = [
  ["POST", "/slack/events"],
  ["POST", "/api/messages"],
  ["GET", "/healthz"],
  ["GET", "/readyz"],
  ["GET", "/metrics"],
] as const;

describe("the HTTP server turns away what no platform sends, on every route, and keeps serving", () => {
  let api: FakeSlackApi;
  let connector: FakeConnector;
  let server: TestServer;

  beforeAll(async () => {
    api = await FakeSlackApi.start();
    connector = await startFakeConnector();
    server = await startTestServer({ ...slackSettings(api.apiUrl), TEAMS_LOCAL: "1" });
    await waitUntilReady(server);
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all([api.close(), connector.close()]);
  });

  afterEach(async () => {
    // Whatever the request did, the process is still up and answering.
    const health = await rawRequest({ method: "GET", url: `${server.url}/healthz` });
    expect(health.status).toBe(200);
  });

  const url = (path: string): string => `${server.url}${path}`;
  const signedHeaders = (body: string, contentType: string): Record<string, string> => {
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(signingSecret, timestamp, body),
    };
  };

  it.each(ROUTES)("answers %s %s with a 1 MB body 413 and a JSON reason", async (method, path) => {
    const body = JSON.stringify({ type: "message", text: "x".repeat(ONE_MB) });
    const response = await rawRequest({
      method,
      url: url(path),
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({
      error: "request body too large",
      limitBytes: MAX_BODY_BYTES,
    });
  });

  it.each([
    ["/slack/events", 1_200_000],
    ["/api/messages", 1_200_000],
  ])("answers POST %s with a chunked body of %i bytes (no Content-Length) 413", async (path, size) => {
    const body = JSON.stringify({ type: "message", text: "y".repeat(size) });
    const response = await rawRequest({
      method: "POST",
      url: url(path),
      headers: { "content-type": "application/json", ...signedHeaders(body, "application/json") },
      body,
      chunkBytes: 64 * 1024,
    });
    expect(response.status).toBe(413);
  });

  it.each([
    ["/slack/events", "text/plain"],
    ["/slack/events", "multipart/form-data; boundary=x"],
    ["/api/messages", "text/xml"],
    ["/api/messages", ""],
  ])("answers POST %s with content type %j 415", async (path, contentType) => {
    const body = '{"type":"message","text":"microservices"}';
    const headers: Record<string, string> = contentType === "" ? {} : { "content-type": contentType };
    const response = await rawRequest({ method: "POST", url: url(path), headers, body });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.text)).toMatchObject({
      accepted: ["application/json", "application/x-www-form-urlencoded"],
    });
  });

  it("answers malformed JSON to /slack/events 401 unsigned and 400 signed", async () => {
    const body = '{"type": "event_callback", "event": ';
    const unsigned = await rawRequest({
      method: "POST",
      url: url("/slack/events"),
      headers: { "content-type": "application/json" },
      body,
    });
    expect(unsigned.status).toBe(401);
    const signed = await sendSigned(url("/slack/events"), { body, contentType: "application/json" });
    expect(signed.status).toBe(400);
  });

  it.each([
    ["malformed JSON", "application/json", '{"type": "message", '],
    ["a JSON array", "application/json", "[1, 2, 3]"],
    ["JSON without a type", "application/json", '{"text": "hello"}'],
    ["a form instead of JSON", "application/x-www-form-urlencoded", "type=message&text=hello"],
  ])("answers %s to /api/messages 400", async (_what, contentType, body) => {
    const response = await rawRequest({
      method: "POST",
      url: url("/api/messages"),
      headers: { "content-type": contentType },
      body,
    });
    expect(response.status).toBe(400);
  });

  it("answers a signed Slack payload of no known shape 400", async () => {
    const response = await sendSigned(url("/slack/events"), eventRequest({ hello: "world" }));
    expect(response.status).toBe(400);
  });

  it("acknowledges unknown Slack and Teams event types with 200 and does nothing else", async () => {
    const before = api.calls.length;
    const slack = await sendSigned(
      url("/slack/events"),
      eventRequest(
        eventFixture(
          "event-message-plain.json",
          { type: "reaction_added", reaction: "eyes" },
          { event_id: "Ev0UNKNOWN" },
        ),
      ),
    );
    // Slack retries anything but a 2xx, and a 4xx here would only make it send the event again.
    expect(slack.status).toBe(200);
    const teams = await rawRequest({
      method: "POST",
      url: url("/api/messages"),
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        loadRawActivity("channel-conflation", { type: "somethingNew", serviceUrl: connector.serviceUrl }),
      ),
    });
    // The Teams route answers once the turn is over, so nothing can still be on its way to the connector.
    expect(teams.status).toBeLessThan(300);
    expect(connector.calls).toHaveLength(0);

    // A conflation sent afterwards is answered; the unknown event added no call of its own before it.
    await sendSigned(url("/slack/events"), eventRequest(conflation("Ev0AFTERUNKNOWN", "C0OTHER", "U0BOB")));
    await api.waitForCalls("chat.postEphemeral", 1);
    expect(api.calls.slice(before).map((call) => call.method)).toEqual(["chat.postEphemeral"]);
  });

  it("answers unknown paths 404 and known paths with another method 405, as JSON", async () => {
    const unknown = await rawRequest({ method: "GET", url: url("/nope") });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toEqual({ error: "not found" });
    const unknownPost = await rawRequest({
      method: "POST",
      url: url("/slack/events/extra"),
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(unknownPost.status).toBe(404);
    for (const [method, path] of [
      ["GET", "/slack/events"],
      ["GET", "/api/messages"],
      ["POST", "/healthz"],
      ["DELETE", "/metrics"],
    ] as const) {
      const response = await rawRequest({ method, url: url(path) });
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 405 });
    }
  });

  it("answers HEAD on the health routes like GET, without a body", async () => {
    const head = await rawRequest({ method: "HEAD", url: url("/healthz") });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
  });

  it("survives a client that hangs up half-way through a body", async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, "127.0.0.1", () => {
        socket.write(
          'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"type":',
        );
        socket.destroy();
        resolve();
      });
    });
  });

  it("still handles real traffic end to end after all of the above", async () => {
    const before = api.callsTo("chat.postEphemeral").length;
    const slack = await sendSigned(
      url("/slack/events"),
      eventRequest(conflation("Ev0LAST", "C0GENERAL", "U0ALICE")),
    );
    expect(slack.status).toBe(200);
    const replies = await api.waitForCalls("chat.postEphemeral", before + 1);
    expect(replies[before]?.body).toMatchObject({ channel: "C0GENERAL", user: "U0ALICE" });

    const teams = await rawRequest({
      method: "POST",
      url: url("/api/messages"),
      headers: { "content-type": "application/json" },
      body: JSON.stringify(loadRawActivity("channel-conflation", { serviceUrl: connector.serviceUrl })),
    });
    expect(teams.status).toBe(200);
    expect(connector.delivered()).toHaveLength(1);
  });
});
