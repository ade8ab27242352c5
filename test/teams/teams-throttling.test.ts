import { createTestCore } from "./support/create-test-core";
import { type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { recordingObserver, startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

describe("Teams adapter when the connector throttles (429), with the real core", () => {
  let connector: FakeConnector;
  let bot: TeamsBot;
  let observer: ReturnType<typeof recordingObserver>;

  beforeEach(async () => {
    connector = await startFakeConnector();
    observer = recordingObserver();
    bot = await startTeamsBot(createTestCore(), { observer });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const conflation = () => loadRawActivity("channel-conflation", { serviceUrl: connector.serviceUrl });

  it("retries after Retry-After and delivers the reply exactly once", async () => {
    connector.throttleNext(1, 1);

    const response = await bot.post(conflation());

    expect(response.status).toBe(200);
    expect(connector.calls.map((call) => call.status)).toEqual([429, 200]);
    expect(connector.delivered()).toHaveLength(1);
    expect(connector.calls[0]?.body).toEqual(connector.calls[1]?.body);
    // botbuilder's own client waited this one out; the adapter needed no round of its own.
    expect(observer).toMatchObject({ retries: [], errors: [] });
  });

  it("keeps retrying when throttling outlasts botbuilder's own retries, still delivering once", async () => {
    // botbuilder's connector client tries 4 times per round; the adapter runs up to 3 rounds.
    connector.throttleNext(8, 0);

    await bot.post(conflation());

    expect(connector.calls.map((call) => call.status)).toEqual([...Array<number>(8).fill(429), 200]);
    expect(connector.delivered()).toHaveLength(1);
    expect(observer.retries).toEqual(["replyToActivity", "replyToActivity"]);
    expect(observer.errors).toEqual([]);
  });

  it("gives up after its last round and reports the failed call once", async () => {
    connector.throttleNext(12, 0);

    const response = await bot.post(conflation());

    expect(response.status).toBe(200);
    expect(connector.calls).toHaveLength(12);
    expect(connector.delivered()).toHaveLength(0);
    expect(observer.retries).toEqual(["replyToActivity", "replyToActivity"]);
    expect(observer.errors).toEqual(["replyToActivity"]);
  });

  it("keeps delivering when the observer itself throws", async () => {
    await bot.close();
    const throwing = {
      onApiRetry: () => {
        throw new Error("metrics are broken");
      },
    };
    bot = await startTeamsBot(createTestCore(), { observer: throwing });
    connector.throttleNext(4, 0);

    await bot.post(conflation());

    expect(connector.delivered()).toHaveLength(1);
  });
});
