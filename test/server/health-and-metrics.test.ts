import { checkHealth, healthcheckUrl } from "../../src/server/healthcheck";
import { FakeSlackApi } from "../slack/support/fake-slack-api";
import { eventFixture, eventRequest, sendSigned } from "../slack/support/slack-requests";
import { findFreePort, type RedisServer, startRedisServer } from "../support/redis-server";
import {
  metricValue,
  readMetrics,
  slackSettings,
  startTestServer,
  type TestServer,
  waitFor,
  waitUntilReady,
} from "./support/start-test-server";

interface Readiness {
  readonly status: number;
  readonly body: { status: string; reasons?: string[] };
}

describe("/healthz, /readyz and /metrics on a started server with Slack, Teams and Redis", () => {
  let redis: RedisServer;
  let api: FakeSlackApi;
  let server: TestServer;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await FakeSlackApi.start();
    server = await startTestServer({ ...slackSettings(api.apiUrl), TEAMS_LOCAL: "1", REDIS_URL: redis.url });
    await waitUntilReady(server);
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    await redis.stop();
  });

  const readiness = async (): Promise<Readiness> => {
    const response = await fetch(`${server.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Readiness["body"] };
  };

  it("says it is alive and ready, as JSON", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("counts an event, its classification and its reply in Prometheus text format", async () => {
    const response = await sendSigned(
      `${server.url}/slack/events`,
      eventRequest(eventFixture("event-message-conflation.json")),
    );
    expect(response.status).toBe(200);
    await api.waitForCalls("chat.postEphemeral", 1);

    const metrics = await fetch(`${server.url}/metrics`);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    const text = await metrics.text();
    expect(
      metricValue(text, "microsense_events_received_total", { platform: "slack", type: "message" }),
    ).toBe(1);
    expect(metricValue(text, "microsense_messages_classified_total", { intent: "conflation" })).toBe(1);
    expect(metricValue(text, "microsense_replies_sent_total", { platform: "slack", mode: "ephemeral" })).toBe(
      1,
    );
    expect(metricValue(text, "microsense_event_handling_seconds_count", { platform: "slack" })).toBe(1);
    expect(metricValue(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("answers /readyz 503 with the reason while Redis is down, stays alive, and 200 once it is back", async () => {
    await redis.stop();
    await waitFor("/readyz to answer 503", async () => (await readiness()).status === 503);
    const down = await readiness();
    expect(down.body.status).toBe("not ready");
    expect(down.body.reasons).toEqual([expect.stringMatching(/^state store: Redis could not answer a ping/)]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(metricValue(await readMetrics(server), "microsense_redis_errors_total")).toBeGreaterThan(0);

    await redis.start();
    await waitUntilReady(server);
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("serves the HEALTHCHECK command's check: true for a running server, false where nothing listens", async () => {
    expect(await checkHealth(`${server.url}/healthz`)).toBe(true);
    const closedPort = await findFreePort();
    expect(await checkHealth(`http://127.0.0.1:${closedPort}/healthz`, 1000)).toBe(false);
  });
});

describe("healthcheckUrl", () => {
  it.each([
    [{}, "http://127.0.0.1:3000/healthz"],
    [{ PORT: "8080" }, "http://127.0.0.1:8080/healthz"],
    [{ PORT: "8080", HOST: "0.0.0.0" }, "http://127.0.0.1:8080/healthz"],
    [{ HOST: "::" }, "http://127.0.0.1:3000/healthz"],
    [{ HOST: "10.1.2.3", PORT: " 9000 " }, "http://10.1.2.3:9000/healthz"],
    [{ HOST: "::1" }, "http://[::1]:3000/healthz"],
  ])("reads %j as %s", (env, url) => {
    expect(healthcheckUrl(env)).toBe(url);
  });
});
