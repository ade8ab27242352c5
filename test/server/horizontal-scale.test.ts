import { decodeActionId } from "../../adapters/slack/render-blocks";
import { FakeSlackApi, type RecordedCall } from "../slack/support/fake-slack-api";
import { buttonsOf, firstButton } from "../slack/support/posted-buttons";
import {
  commandRequest,
  eventFixture,
  eventRequest,
  fixture,
  interactionRequest,
  sendSigned,
} from "../slack/support/slack-requests";
import { deleteRedisKeys, TEST_REDIS_URL, uniqueRedisPrefix } from "../support/redis-test-prefix";
import { sumMetric, waitForHandled } from "./support/instances";
import { clickOn } from "./support/slack-clicks";
import {
  slackSettings,
  startTestServer,
  type TestServer,
  waitFor,
  waitUntilReady,
} from "./support/start-test-server";
import { storedCounterTotal } from "./support/stored-counter";

const prefix = uniqueRedisPrefix("server-scale");

/**
 * Three instances behind an imaginary load balancer: separate processes in production, separate servers
 * here, sharing nothing but one Redis (with this test's own prefix) and the Slack Web API.
 */
describe("three instances sharing one Redis", () => {
  let api: FakeSlackApi;
  let instances: TestServer[];
  let handled = 0;

  beforeAll(async () => {
    api = await FakeSlackApi.start();
    const settings = { ...slackSettings(api.apiUrl), REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix };
    instances = await Promise.all([1, 2, 3].map(() => startTestServer(settings)));
    await Promise.all(instances.map((instance) => waitUntilReady(instance)));
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await api.close();
    await deleteRedisKeys(prefix);
  });

  const instance = (index: number): TestServer => {
    const chosen = instances[index % instances.length];
    if (chosen === undefined) throw new Error("no instance");
    return chosen;
  };
  const eventsUrl = (index: number): string => `${instance(index).url}/slack/events`;

  it("answers one Slack event delivered to all three (Slack's retries landing anywhere) exactly once", async () => {
    const event = eventRequest(eventFixture("event-message-conflation.json"));
    const responses = await Promise.all([
      sendSigned(eventsUrl(0), event),
      sendSigned(eventsUrl(1), event, {
        headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
      }),
      sendSigned(eventsUrl(2), event, {
        headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" },
      }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);

    handled += 3;
    await waitForHandled(instances, handled);
    await api.waitForCalls("chat.postEphemeral", 1);
    expect(api.callsTo("chat.postEphemeral")).toHaveLength(1);
    expect(await sumMetric(instances, "microsense_dedupe_hits_total")).toBe(2);
    expect(await sumMetric(instances, "microsense_replies_sent_total")).toBe(1);
  });

  it("keeps one person's questionnaire consistent when the clicks go to different instances", async () => {
    const command = commandRequest({
      ...(fixture("slash-command.json") as Record<string, string>),
      text: "quiz",
      response_url: api.responseUrl("quiz"),
    });
    expect((await sendSigned(eventsUrl(0), command)).status).toBe(200);
    handled += 1;

    const questionIds: string[] = [];
    let result: RecordedCall | undefined;
    for (let step = 1; step <= 12 && result === undefined; step += 1) {
      const posts = await api.waitForCalls("chat.postMessage", step);
      const post = posts[step - 1];
      if (post === undefined) throw new Error(`post ${step} is missing`);
      const answers = buttonsOf(post.body).filter((button) =>
        decodeActionId(button.actionId).startsWith("quiz:answer:"),
      );
      if (answers.length === 0) {
        result = post;
        break;
      }
      const answer = firstButton(post.body);
      questionIds.push(decodeActionId(answer.actionId));
      // Every click goes to the next instance; the second question is double-clicked on two instances at once.
      const targets = step === 2 ? [step, step + 1] : [step];
      const clicks = await Promise.all(
        targets.map((target, n) =>
          sendSigned(eventsUrl(target), interactionRequest(clickOn(post, answer, step * 10 + n))),
        ),
      );
      expect(clicks.map((click) => click.status)).toEqual(targets.map(() => 200));
      handled += targets.length;
      await waitForHandled(instances, handled);
    }

    expect(result).toBeDefined();
    expect(questionIds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    // Each question was answered once: one update per question, the double click included.
    expect(api.callsTo("chat.update")).toHaveLength(questionIds.length);
    expect(api.callsTo("chat.postMessage")).toHaveLength(questionIds.length + 1);
    expect(await sumMetric(instances, "microsense_quiz_started_total")).toBe(1);
    expect(await sumMetric(instances, "microsense_quiz_completed_total")).toBe(1);
  });

  it("adds up the counters of all three: the stats command sees every message once", async () => {
    const count = 12;
    for (let n = 0; n < count; n += 1) {
      const event = eventRequest(
        eventFixture(
          "event-message-plain.json",
          { ts: `1700000200.${String(n).padStart(6, "0")}`, channel: `C0TEAM${n % 4}` },
          { event_id: `Ev0PLAIN${n}` },
        ),
      );
      // Delivered once and redelivered to another instance, as after a lost acknowledgement.
      const [first, retry] = await Promise.all([
        sendSigned(eventsUrl(n), event),
        sendSigned(eventsUrl(n + 1), event, { headers: { "x-slack-retry-num": "1" } }),
      ]);
      expect([first?.status, retry?.status]).toEqual([200, 200]);
    }
    handled += 2 * count;
    await waitForHandled(instances, handled);
    // Each instance writes its statistics about once a second: wait until all three have.
    await waitFor("the statistics of all three in Redis", async () => {
      return (await storedCounterTotal(prefix, "scanned")) >= count + 1;
    });

    const stats = commandRequest({
      ...(fixture("slash-command.json") as Record<string, string>),
      text: "stats",
      trigger_id: "6001.1700009999.stats",
      response_url: api.responseUrl("stats"),
    });
    expect((await sendSigned(eventsUrl(2), stats)).status).toBe(200);
    const answers = await api.waitForCalls("response_url", 2);
    const text = String(answers[answers.length - 1]?.body.text);
    // The conflation of the first test plus the plain messages, each counted once across the instances.
    expect(text).toContain(`Messages read: ${count + 1} / ${count + 1}`);
    expect(text).toContain("Replies posted: 1 / 1");
    expect(text).toContain("Quizzes started: 1 / 1");
    expect(text).toContain("Quizzes completed: 1 / 1");
    expect(await sumMetric(instances, "microsense_events_received_total", { type: "message" })).toBe(
      3 + 2 * count,
    );
    expect(await sumMetric(instances, "microsense_dedupe_hits_total")).toBe(2 + count + 1);
  });
});
