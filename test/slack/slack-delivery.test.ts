import type { Reply } from "../../src/conversation/types";
import { recordApiTrouble } from "./support/record-api-trouble";
import { scriptedCore } from "./support/scripted-core";
import { type HttpHarness, startHttpHarness } from "./support/slack-harness";
import { eventRequest, fixture } from "./support/slack-requests";

describe("delivering replies", () => {
  let harness: HttpHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it("falls back once when Slack refuses the ephemeral (user_not_in_channel): one thread reply, no more", async () => {
    harness = await startHttpHarness();
    harness.api.failNext("chat.postEphemeral", "user_not_in_channel");
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(post?.body).toMatchObject({ channel: "C0GENERAL", thread_ts: "1700000000.000100" });
    expect(harness.api.callsTo("chat.postEphemeral").map((call) => call.answer)).toEqual(["error"]);
    expect(harness.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect(harness.api.callsTo("conversations.open")).toHaveLength(0);
  });

  it("threads a fallback under a top-level message (thread root = the message itself)", async () => {
    harness = await startHttpHarness();
    harness.api.failNext("chat.postEphemeral", "channel_not_found");
    const topLevel = fixture("event-message-conflation.json");
    const { thread_ts: _root, ...event } = topLevel.event as Record<string, unknown>;
    await harness.send(eventRequest({ ...topLevel, event }));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    expect(post?.body.thread_ts).toBe("1700000100.000200");
  });

  it("tries the fallback only once: if it is refused too, nothing else is sent; both failures are reported", async () => {
    const trouble = recordApiTrouble();
    harness = await startHttpHarness({
      core: scriptedCore([{ delivery: "ephemeral", fallback: "dm", purpose: "clarification", text: "Hi." }]),
      observer: trouble.observer,
    });
    harness.api.failNext("chat.postEphemeral", "user_not_in_channel");
    harness.api.failNext("chat.postMessage", "not_allowed_token_type");
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(harness.api.calls.map((call) => `${call.method}:${call.answer}`)).toEqual([
      "auth.test:ok",
      "chat.postEphemeral:error",
      "conversations.open:ok",
      "chat.postMessage:error",
    ]);
    expect(trouble.errors).toEqual(["chat.postEphemeral", "chat.postMessage"]);
    expect(trouble.retries).toEqual([]);
  });

  it("does not post elsewhere when an ephemeral without fallback is refused", async () => {
    harness = await startHttpHarness({
      core: scriptedCore([{ delivery: "ephemeral", purpose: "help", text: "Hi." }]),
    });
    harness.api.failNext("chat.postEphemeral", "user_not_in_channel");
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    await harness.api.waitForCalls("chat.postEphemeral", 1);
    await harness.close();
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test", "chat.postEphemeral"]);
  });

  it("waits out a 429 (Retry-After: 1), posts the ephemeral exactly once and reports the retry", async () => {
    const trouble = recordApiTrouble();
    harness = await startHttpHarness({ observer: trouble.observer });
    harness.api.rateLimitNext("chat.postEphemeral", 1);
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const [limited, retried] = await harness.api.waitForCalls("chat.postEphemeral", 2);
    await harness.close();
    expect([limited?.answer, retried?.answer]).toEqual(["rate_limited", "ok"]);
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(2);
    expect(harness.api.callsTo("chat.postMessage")).toHaveLength(0);
    expect(retried?.body).toEqual(limited?.body);
    // Retry-After is a lower bound the client must respect; the tolerance covers timer rounding only.
    expect((retried?.receivedAtMs ?? 0) - (limited?.receivedAtMs ?? 0)).toBeGreaterThanOrEqual(990);
    expect(trouble.retries).toEqual(["chat.postEphemeral"]);
    expect(trouble.errors).toEqual([]);
  });

  it("keeps delivering when the observer throws", async () => {
    harness = await startHttpHarness({
      observer: {
        onApiError: () => {
          throw new Error("metrics are broken");
        },
      },
    });
    harness.api.failNext("chat.postEphemeral", "user_not_in_channel");
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    expect(post?.answer).toBe("ok");
  });

  it("posts thread and dm replies where they belong, in the order the core gave them", async () => {
    harness = await startHttpHarness({
      core: scriptedCore([
        { delivery: "thread", purpose: "clarification", text: "In the thread." },
        { delivery: "dm", purpose: "quiz.question", text: "In your DMs." },
      ]),
    });
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const posts = await harness.api.waitForCalls("chat.postMessage", 2);
    expect(posts.map((post) => [post.body.channel, post.body.thread_ts])).toEqual([
      ["C0GENERAL", "1700000000.000100"],
      ["D0ALICE", undefined],
    ]);
    expect(harness.api.callsTo("conversations.open")[0]?.body.users).toBe("U0ALICE");
  });

  it("acknowledges before the core finishes its work", async () => {
    const timeline: string[] = [];
    harness = await startHttpHarness({ timeline });
    const release = harness.core.hold();
    const response = await harness.send(eventRequest(fixture("event-message-conflation.json")));
    timeline.push(`response ${response.status}`);
    release();
    await harness.api.waitForCalls("chat.postEphemeral", 1);
    expect(timeline).toEqual(["response 200", "finished Ev0CONFLATE1"]);
  });

  it("logs a core failure and sends nothing, while the request was already acknowledged", async () => {
    harness = await startHttpHarness({
      core: {
        handle: async () => {
          throw new Error("state store unavailable");
        },
      },
    });
    expect((await harness.send(eventRequest(fixture("event-message-conflation.json")))).status).toBe(200);
    await harness.close();
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test"]);
  });
});

describe("a reply for the whole channel", () => {
  let harness: HttpHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  const shared: Reply = { delivery: "channel", purpose: "quiz.share", text: "Someone took the quiz." };

  it("posts a new top-level message in the reply's channel, not in the event's thread", async () => {
    harness = await startHttpHarness({ core: scriptedCore([{ ...shared, channelId: "C0RANDOM" }]) });
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(post?.body.channel).toBe("C0RANDOM");
    expect(post?.body.thread_ts).toBeUndefined();
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test", "chat.postMessage"]);
  });

  it("posts in the event's own channel, at top level, when the reply names none", async () => {
    harness = await startHttpHarness({ core: scriptedCore([shared]) });
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    expect(post?.body.channel).toBe("C0GENERAL");
    expect(post?.body.thread_ts).toBeUndefined();
  });

  it("reports a refused post and sends it nowhere else", async () => {
    const trouble = recordApiTrouble();
    harness = await startHttpHarness({
      core: scriptedCore([{ ...shared, channelId: "C0RANDOM" }]),
      observer: trouble.observer,
    });
    harness.api.failNext("chat.postMessage", "not_in_channel");
    await harness.send(eventRequest(fixture("event-message-conflation.json")));
    await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(harness.api.calls.map((call) => `${call.method}:${call.answer}`)).toEqual([
      "auth.test:ok",
      "chat.postMessage:error",
    ]);
    expect(trouble.errors).toEqual(["chat.postMessage"]);
  });
});
