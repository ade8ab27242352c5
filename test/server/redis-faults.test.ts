import { FakeSlackApi } from "../slack/support/fake-slack-api";
import {
  commandRequest,
  eventFixture,
  eventRequest,
  fixture,
  type SlackRequest,
  sendSigned,
} from "../slack/support/slack-requests";
import { type RedisServer, startRedisServer } from "../support/redis-server";
import { sumMetric, waitForHandled } from "./support/instances";
import {
  slackSettings,
  startTestServer,
  statusOf,
  type TestServer,
  waitFor,
  waitUntilReady,
} from "./support/start-test-server";

/** The conflation fixture as a new event in its own channel, from its own user (no cooldown applies). */
function conflation(id: string): SlackRequest {
  return eventRequest(
    eventFixture(
      "event-message-conflation.json",
      { channel: `C0${id}`, user: `U0${id}` },
      { event_id: `Ev0${id}` },
    ),
  );
}

function command(text: string, id: string, responseUrl: string): SlackRequest {
  return commandRequest({
    ...(fixture("slash-command.json") as Record<string, string>),
    text,
    trigger_id: `6001.${id}.abc`,
    response_url: responseUrl,
  });
}

const readyStatus = async (server: TestServer): Promise<number> => statusOf(`${server.url}/readyz`);

describe("Redis unavailable when the server starts", () => {
  let redis: RedisServer;
  let api: FakeSlackApi;
  let server: TestServer;

  beforeAll(async () => {
    // Start and stop at once: a port known to be free, where Redis will appear later.
    redis = await startRedisServer();
    await redis.stop();
    api = await FakeSlackApi.start();
    server = await startTestServer({ ...slackSettings(api.apiUrl), REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    await redis.stop();
  });

  it("starts anyway, says so in the log, answers /readyz 503 and acknowledges events", async () => {
    await waitFor("the start-up warning about Redis", async () =>
      server.logs.some((line) => line.level === "warn" && line.msg.startsWith("Redis is not reachable yet")),
    );
    expect(await statusOf(`${server.url}/healthz`)).toBe(200);
    await waitFor("the Slack adapter to start", async () => {
      const body = (await (await fetch(`${server.url}/readyz`)).json()) as { reasons?: string[] };
      return body.reasons?.length === 1;
    });
    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({
      status: "not ready",
      reasons: [expect.stringMatching(/^state store: Redis could not/)],
    });

    expect((await sendSigned(`${server.url}/slack/events`, conflation("EARLY"))).status).toBe(200);
    expect(
      (await sendSigned(`${server.url}/slack/events`, command("help", "1", api.responseUrl("help")))).status,
    ).toBe(200);
    await waitForHandled([server], 2);
    // A passive message without dedupe and cooldowns stays unanswered; a request a person made is answered.
    await api.waitForCalls("response_url", 1);
    expect(api.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("starts working once Redis appears", async () => {
    await redis.start();
    await waitUntilReady(server);
    expect((await sendSigned(`${server.url}/slack/events`, conflation("LATER"))).status).toBe(200);
    const [reply] = await api.waitForCalls("chat.postEphemeral", 1);
    expect(reply?.body).toMatchObject({ channel: "C0LATER", user: "U0LATER" });
    expect(server.logs.some((line) => line.msg === "Redis is reachable again")).toBe(true);
  });
});

describe("Redis killed while the server runs", () => {
  let redis: RedisServer;
  let api: FakeSlackApi;
  let server: TestServer;
  let handled = 0;

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await FakeSlackApi.start();
    server = await startTestServer({ ...slackSettings(api.apiUrl), REDIS_URL: redis.url });
    await waitUntilReady(server);
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    await redis.stop();
  });

  const send = async (request: SlackRequest, retry?: number): Promise<number> => {
    handled += 1;
    const headers = retry === undefined ? {} : { headers: { "x-slack-retry-num": String(retry) } };
    return (await sendSigned(`${server.url}/slack/events`, request, headers)).status;
  };

  it("acknowledges every event during the outage, sends no passive reply and one answer per request", async () => {
    expect(await send(conflation("BEFORE"))).toBe(200);
    await api.waitForCalls("chat.postEphemeral", 1);

    await redis.stop();
    await waitFor("/readyz to answer 503", async () => (await readyStatus(server)) === 503);

    const statuses: number[] = [];
    for (let n = 0; n < 8; n += 1) {
      statuses.push(await send(conflation(`DOWN${n}`)));
      // Slack redelivers what it thinks was lost; with Redis down nothing can recognise the retry.
      statuses.push(await send(conflation(`DOWN${n}`), 1));
    }
    statuses.push(await send(command("stats", "2", api.responseUrl("stats"))));
    statuses.push(await send(command("quiz", "3", api.responseUrl("quiz"))));
    expect(statuses.every((status) => status === 200)).toBe(true);

    await waitForHandled([server], handled);
    await api.waitForCalls("response_url", 2);
    expect(api.callsTo("chat.postEphemeral")).toHaveLength(1);
    expect(api.callsTo("response_url")).toHaveLength(2);
    expect(api.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await statusOf(`${server.url}/healthz`)).toBe(200);
    expect(await sumMetric([server], "microsense_redis_errors_total")).toBeGreaterThanOrEqual(16);
  });

  it("recovers after Redis restarts: replies again, once per event", async () => {
    await redis.start();
    await waitUntilReady(server);

    expect(await send(conflation("AFTER"))).toBe(200);
    expect(await send(conflation("AFTER"), 1)).toBe(200);
    // Slack's last redelivery of an event that arrived during the outage: answered now, for the first time.
    expect(await send(conflation("DOWN7"), 2)).toBe(200);
    await waitForHandled([server], handled);
    const replies = await api.waitForCalls("chat.postEphemeral", 3);
    expect(replies.map((reply) => String(reply.body.channel)).sort()).toEqual([
      "C0AFTER",
      "C0BEFORE",
      "C0DOWN7",
    ]);
    expect(await sumMetric([server], "microsense_dedupe_hits_total")).toBe(1);
  });
});
