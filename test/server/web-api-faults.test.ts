import { FakeSlackApi } from "../slack/support/fake-slack-api";
import { eventFixture, eventRequest, type SlackRequest, sendSigned } from "../slack/support/slack-requests";
import { FaultyWebApi } from "./support/faulty-web-api";
import { sumMetric, waitForHandled } from "./support/instances";
import {
  slackSettings,
  startTestServer,
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

/**
 * The Slack Web API misbehaving behind a started server: the adapter's client retries 5xx with backoff
 * and waits out 429s, a bounded number of times, and a reply is never posted twice.
 */
describe("Web API faults, through the server", () => {
  let delivered: FakeSlackApi;
  let api: FaultyWebApi;
  let server: TestServer;
  let handled = 0;

  beforeAll(async () => {
    delivered = await FakeSlackApi.start();
    api = await FaultyWebApi.start(delivered.baseUrl);
    server = await startTestServer(slackSettings(api.apiUrl));
    await waitUntilReady(server);
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    await delivered.close();
  });

  const send = async (id: string): Promise<void> => {
    handled += 1;
    expect((await sendSigned(`${server.url}/slack/events`, conflation(id))).status).toBe(200);
  };
  const postedTo = (channel: string): number =>
    delivered.delivered("chat.postEphemeral").filter((call) => call.body.channel === channel).length;
  // The stand-in records a passed-on call once the fake API has answered it, just after the fake
  // API counts it as delivered: wait for both, or a busy machine reads the attempts in between.
  const replied = (channel: string, attempts: number, before = 0) =>
    waitFor(
      "the reply to arrive",
      async () =>
        postedTo(channel) === 1 && api.attemptsAt("chat.postEphemeral").length - before === attempts,
    );

  it("delivers a reply exactly once after two 500s", async () => {
    api.failNext("chat.postEphemeral", 2, 500);
    await send("FIVEHUNDRED");
    await replied("C0FIVEHUNDRED", 3);
    expect(api.attemptsAt("chat.postEphemeral").map((attempt) => attempt.status)).toEqual([500, 500, 200]);
    expect(delivered.callsTo("chat.postEphemeral")).toHaveLength(1);
  });

  it("waits out two 429s, counts them as retries, and delivers exactly once", async () => {
    const before = api.attemptsAt("chat.postEphemeral").length;
    api.failNext("chat.postEphemeral", 2, 429, 1);
    await send("RATELIMITED");
    await replied("C0RATELIMITED", 3, before);
    expect(
      api
        .attemptsAt("chat.postEphemeral")
        .slice(before)
        .map((attempt) => attempt.status),
    ).toEqual([429, 429, 200]);
    expect(
      await sumMetric([server], "microsense_platform_api_retries_total", {
        platform: "slack",
        method: "chat.postEphemeral",
      }),
    ).toBe(2);
  });

  it("gives up after a bounded number of attempts when the API keeps failing, and counts the error", async () => {
    const before = api.attemptsAt("chat.postEphemeral").length;
    api.failNext("chat.postEphemeral", 50, 500);
    await send("ALWAYSDOWN");
    await waitForHandled([server], handled);
    await waitFor(
      "the adapter to give up",
      async () =>
        (await sumMetric([server], "microsense_platform_api_errors_total", {
          platform: "slack",
          method: "chat.postEphemeral",
        })) === 1,
      45_000,
    );
    // The first try and five retries, then nothing more: a reply that late is worth less than none.
    expect(api.attemptsAt("chat.postEphemeral").slice(before)).toHaveLength(6);
    expect(postedTo("C0ALWAYSDOWN")).toBe(0);
    // The outcome of a 500 is unknown to the bot, so it never tries another route (thread, DM) either.
    expect(delivered.callsTo("chat.postMessage")).toHaveLength(0);
  }, 60_000);

  it("answers the next conversation normally once the API is healthy again", async () => {
    api.clearFaults();
    await send("HEALTHY");
    await waitFor("the reply to arrive", async () => postedTo("C0HEALTHY") === 1);
    expect(delivered.delivered("chat.postEphemeral")).toHaveLength(3);
  });
});
