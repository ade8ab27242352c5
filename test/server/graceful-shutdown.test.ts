import { FakeSlackApi } from "../slack/support/fake-slack-api";
import { eventFixture, eventRequest, type SlackRequest, sendSigned } from "../slack/support/slack-requests";
import { findFreePort } from "../support/redis-server";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";
import { ensureBuild } from "./support/ensure-build";
import { FaultyWebApi } from "./support/faulty-web-api";
import { type MainProcess, startMainProcess } from "./support/main-process";
import {
  slackSettings,
  startTestServer,
  statusOf,
  type TestServer,
  waitFor,
  waitUntilReady,
} from "./support/start-test-server";

const prefix = uniqueRedisPrefix("server-shutdown");

function conflation(id: string): SlackRequest {
  return eventRequest(
    eventFixture(
      "event-message-conflation.json",
      { channel: `C0${id}`, user: `U0${id}` },
      { event_id: `Ev0${id}` },
    ),
  );
}

describe("graceful shutdown of `node dist/src/main.js`", () => {
  let delivered: FakeSlackApi;
  let api: FaultyWebApi;
  let main: MainProcess | undefined;

  beforeAll(async () => {
    ensureBuild();
    delivered = await FakeSlackApi.start();
    api = await FaultyWebApi.start(delivered.baseUrl);
  }, 120_000);
  afterEach(async () => {
    await main?.kill();
    main = undefined;
  });
  afterAll(async () => {
    await api.close();
    await delivered.close();
    await deleteRedisKeys(prefix);
  });

  const start = async (): Promise<{ process: MainProcess; url: string }> => {
    const port = await findFreePort();
    const process = startMainProcess({
      ...slackSettings(api.apiUrl),
      PORT: String(port),
      HOST: "127.0.0.1",
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_SECONDS: "15",
    });
    main = process;
    const url = `http://127.0.0.1:${port}`;
    await waitFor("the child to be ready", async () => (await statusOf(`${url}/readyz`)) === 200, 30_000);
    return { process, url };
  };

  it("on SIGTERM finishes the reply in flight, refuses new events, then exits 0", async () => {
    const { process, url } = await start();
    const timeline: string[] = [];
    const held = api.holdNext("chat.postEphemeral");
    expect((await sendSigned(`${url}/slack/events`, conflation("INFLIGHT"))).status).toBe(200);
    await held.arrived;

    process.signal("SIGTERM");
    void process.exited.then(({ code }) => timeline.push(`exited ${code}`));
    await process.waitForLog("the shutdown", (line) => line.msg.startsWith("Shutting down"));
    // Still running: the reply it is waiting for has not been let through yet.
    expect(process.running).toBe(true);
    const late = await sendSigned(`${url}/slack/events`, conflation("LATE")).catch(() => ({ status: 0 }));
    expect(late.status).not.toBe(200);

    timeline.push("reply released");
    held.release();
    const outcome = await process.exited;
    expect(outcome).toEqual({ code: 0, signal: null });
    expect(timeline).toEqual(["reply released", "exited 0"]);
    expect(delivered.callsTo("chat.postEphemeral").map((call) => call.body.channel)).toEqual(["C0INFLIGHT"]);
    expect(process.logs.some((line) => line.msg === "Stopped")).toBe(true);
  }, 60_000);

  it("exits 0 on SIGINT when idle", async () => {
    const { process } = await start();
    process.signal("SIGINT");
    expect(await process.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});

describe("stop() in process", () => {
  let delivered: FakeSlackApi;
  let api: FaultyWebApi;
  let server: TestServer;

  beforeAll(async () => {
    delivered = await FakeSlackApi.start();
    api = await FaultyWebApi.start(delivered.baseUrl);
    server = await startTestServer({ ...slackSettings(api.apiUrl), SHUTDOWN_TIMEOUT_SECONDS: "1" });
    await waitUntilReady(server);
  });
  afterAll(async () => {
    await server.stop();
    await api.close();
    await delivered.close();
  });

  it("is bounded by SHUTDOWN_TIMEOUT_SECONDS when in-flight work never finishes", async () => {
    const held = api.holdNext("chat.postEphemeral");
    expect((await sendSigned(`${server.url}/slack/events`, conflation("STUCK"))).status).toBe(200);
    await held.arrived;
    await server.stop();
    expect(server.logs.some((line) => line.msg.startsWith("In-flight work did not finish in time"))).toBe(
      true,
    );
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // Let the abandoned call finish, so its client does not go on retrying after the test.
    held.release();
    await delivered.waitForCalls("chat.postEphemeral", 1);
  });
});
