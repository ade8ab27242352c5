import { decodeActionId } from "../../adapters/slack/render-blocks";
import { conflations, correctMention } from "./support/create-test-core";
import type { JsonObject } from "./support/fake-slack-api";
import { buttonsOf } from "./support/posted-buttons";
import { type HttpHarness, startHttpHarness } from "./support/slack-harness";
import { eventFixture, eventRequest, fixture } from "./support/slack-requests";

/** The core's clarification buttons, in the order it offers them. */
const clarificationButtons = ["quiz:start", "clarify:why", "clarify:not-helpful", "clarify:mute"];

function actionIdsOf(message: JsonObject): string[] {
  return buttonsOf(message).map((button) => decodeActionId(button.actionId));
}

describe("Slack events over HTTP", () => {
  let harness: HttpHarness;
  beforeEach(async () => {
    harness = await startHttpHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it("answers the url_verification challenge", async () => {
    const response = await harness.send(eventRequest(fixture("url-verification.json")));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
    expect(harness.core.events).toHaveLength(0);
  });

  it("answers a conflation with exactly one ephemeral to its author, in its channel and thread, with the four buttons", async () => {
    const response = await harness.send(eventRequest(fixture("event-message-conflation.json")));
    expect(response.status).toBe(200);
    const [call] = await harness.api.waitForCalls("chat.postEphemeral", 1);
    await harness.close();
    expect(call?.body).toMatchObject({
      channel: "C0GENERAL",
      user: "U0ALICE",
      thread_ts: "1700000000.000100",
    });
    expect(String(call?.body.text)).not.toBe("");
    expect(actionIdsOf(call?.body ?? {})).toEqual(clarificationButtons);
    const slackIds = buttonsOf(call?.body ?? {}).map((button) => button.actionId);
    expect(new Set(slackIds).size).toBe(slackIds.length);
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(1);
    expect(harness.api.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it.each(Object.values(conflations))("clarifies %j", async (text) => {
    await harness.send(eventRequest(eventFixture("event-message-conflation.json", { text })));
    const [call] = await harness.api.waitForCalls("chat.postEphemeral", 1);
    await harness.close();
    expect(call?.body).toMatchObject({ channel: "C0GENERAL", user: "U0ALICE" });
    expect(actionIdsOf(call?.body ?? {})).toEqual(clarificationButtons);
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(1);
  });

  it.each([
    [
      "a correct mention of both terms",
      eventFixture("event-message-conflation.json", { text: correctMention }),
    ],
    ["an ordinary message", fixture("event-message-plain.json")],
  ])("sends nothing for %s", async (_name, body) => {
    expect((await harness.send(eventRequest(body))).status).toBe(200);
    await harness.close();
    expect(harness.core.events).toHaveLength(1);
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test"]);
  });

  it("replies once to an event Slack delivers again (same event_id, x-slack-retry-num)", async () => {
    const body = eventRequest(fixture("event-message-conflation.json"));
    expect((await harness.send(body)).status).toBe(200);
    await harness.api.waitForCalls("chat.postEphemeral", 1);
    const retry = await harness.send(body, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    await harness.close();
    expect(harness.core.events.map((event) => event.eventId)).toEqual(["Ev0CONFLATE1", "Ev0CONFLATE1"]);
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(1);
  });

  it("ignores the bot's own messages, other bots' messages and edits", async () => {
    for (const file of [
      "event-message-own.json",
      "event-bot-message.json",
      "event-message-changed.json",
      "event-message-deleted.json",
    ]) {
      expect((await harness.send(eventRequest(fixture(file)))).status).toBe(200);
    }
    await harness.close();
    expect(harness.core.events.every((event) => event.fromBot === true || event.isEdit === true)).toBe(true);
    expect(harness.core.events.map((event) => event.userId)).not.toContain("UBOT");
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test"]);
  });

  it("processes a mention once although Slack sends both message and app_mention", async () => {
    await harness.send(eventRequest(fixture("event-message-mentioning-bot.json")));
    await harness.send(eventRequest(fixture("event-app-mention.json")));
    const [reply] = await harness.api.waitForCalls("chat.postEphemeral", 1);
    await harness.close();
    expect(harness.core.events.map((event) => event.kind)).toEqual(["mention"]);
    expect(reply?.body).toMatchObject({ channel: "C0GENERAL", user: "U0ALICE" });
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(1);
  });

  it("answers a DM in the DM itself, without a thread and without opening another conversation", async () => {
    await harness.send(eventRequest(fixture("event-message-im.json")));
    const [post] = await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(post?.body.channel).toBe("D0ALICE");
    expect(post?.body.thread_ts).toBeUndefined();
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test", "chat.postMessage"]);
  });

  it("publishes App Home with the opt-out toggle and the quiz, and nothing else", async () => {
    await harness.send(eventRequest(fixture("event-app-home-opened.json")));
    const [call] = await harness.api.waitForCalls("views.publish", 1);
    await harness.close();
    expect(call?.body.user_id).toBe("U0ALICE");
    const view = call?.body.view as JsonObject;
    expect(view.type).toBe("home");
    expect(actionIdsOf(view)).toEqual(["home:optout", "quiz:start"]);
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test", "views.publish"]);
  });

  it("leaves App Home alone when the core has nothing to say (a redelivered open)", async () => {
    const body = eventRequest(eventFixture("event-app-home-opened.json"));
    await harness.send(body);
    await harness.api.waitForCalls("views.publish", 1);
    await harness.send(body, { headers: { "x-slack-retry-num": "1" } });
    await harness.close();
    expect(harness.api.callsTo("views.publish")).toHaveLength(1);
  });
});

describe("the optional reaction", () => {
  it("reacts to a message that got a clarification, and only to that one", async () => {
    const harness = await startHttpHarness({ reactionEmoji: "bulb" });
    try {
      await harness.send(eventRequest(fixture("event-message-plain.json")));
      await harness.send(eventRequest(fixture("event-message-conflation.json")));
      const [reaction] = await harness.api.waitForCalls("reactions.add", 1);
      await harness.close();
      expect(reaction?.body).toMatchObject({
        channel: "C0GENERAL",
        timestamp: "1700000100.000200",
        name: "bulb",
      });
      expect(harness.api.callsTo("reactions.add")).toHaveLength(1);
    } finally {
      await harness.close();
    }
  });
});
