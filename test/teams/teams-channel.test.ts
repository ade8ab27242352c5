import { createTestCore, recordEvents } from "./support/create-test-core";
import { type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { actionsIn, cardIn } from "./support/read-card";
import { startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

const CHANNEL = "19:abc@thread.tacv2";
const THREAD = `${CHANNEL};messageid=1700000000000`;

describe("Teams adapter in channels, with the real core", () => {
  let connector: FakeConnector;
  let bot: TeamsBot;
  let core: ReturnType<typeof recordEvents>;

  beforeEach(async () => {
    connector = await startFakeConnector();
    core = recordEvents(createTestCore());
    bot = await startTeamsBot(core);
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const activity = (name: string, changes: Record<string, unknown> = {}) =>
    loadRawActivity(name, { serviceUrl: connector.serviceUrl, ...changes });

  it("answers a conflation in a channel post with exactly one reply in that post's thread", async () => {
    const response = await bot.post(activity("channel-conflation"));

    expect(response.status).toBe(200);
    expect(connector.calls).toHaveLength(1);
    const [reply] = connector.calls;
    expect(reply).toMatchObject({
      route: "replyToActivity",
      conversationId: THREAD,
      activityId: "1700000000000",
    });
    expect(actionsIn(reply).map((action) => action.title)).toContain("Take the quiz");
    expect(core.events[0]).toMatchObject({ kind: "message", channelId: CHANNEL, eventId: "1700000000000" });
  });

  it.each([
    ["microservices is just microsegmentation"],
    ["isn't microsegmentation just another word for microservices?"],
  ])("clarifies %j in the thread", async (text) => {
    await bot.post(activity("channel-conflation", { text }));

    expect(connector.delivered()).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ route: "replyToActivity", conversationId: THREAD });
  });

  it("answers a conflation inside a thread in that same thread", async () => {
    await bot.post(activity("channel-thread-reply-conflation"));

    expect(connector.delivered()).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ conversationId: THREAD, activityId: "1700000000500" });
  });

  it("finds the thread from the post itself when the conversation id names no root", async () => {
    const post = activity("channel-conflation");
    await bot.post({ ...post, conversation: { ...(post.conversation as object), id: CHANNEL } });

    expect(connector.delivered()).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ conversationId: THREAD });
  });

  it("answers in a group chat in the chat itself", async () => {
    await bot.post(activity("group-chat-message"));

    expect(connector.delivered()).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({
      conversationId: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.v2",
      activityId: "1700000020000",
    });
  });

  it("stays silent on a message that uses both terms correctly", async () => {
    const response = await bot.post(activity("channel-message-correct"));

    expect(response.status).toBe(200);
    expect(core.events).toHaveLength(1);
    expect(connector.calls).toHaveLength(0);
  });

  it("answers a question put to it with a mention in the thread, as plain text without buttons", async () => {
    await bot.post(activity("channel-mention-correct"));

    expect(core.events[0]).toMatchObject({ kind: "mention" });
    expect(connector.calls).toHaveLength(1);
    const [reply] = connector.calls;
    expect(reply).toMatchObject({
      route: "replyToActivity",
      conversationId: `${CHANNEL};messageid=1700000001000`,
      body: { type: "message", textFormat: "markdown" },
    });
    expect(cardIn(reply)).toBeUndefined();
  });

  it("answers a mention command in the thread, with the mention and &nbsp; removed", async () => {
    await bot.post(activity("channel-mention-help"));

    expect(core.events[0]).toMatchObject({ kind: "mention", text: "help", threadId: "1700000002000" });
    expect(connector.calls).toHaveLength(1);
    const [reply] = connector.calls;
    expect(reply).toMatchObject({
      route: "replyToActivity",
      conversationId: `${CHANNEL};messageid=1700000002000`,
      activityId: "1700000002000",
      body: { type: "message", textFormat: "markdown" },
    });
    expect(String(reply?.body.text)).toContain("**Commands**");
    expect(String(reply?.body.text)).toContain("- `help`");
  });

  it("replies once when Teams delivers the same activity twice", async () => {
    await bot.post(activity("channel-conflation"));
    await bot.post(activity("channel-conflation"));

    expect(core.events).toHaveLength(2);
    expect(connector.delivered()).toHaveLength(1);
  });

  it("ignores messages from other bots and its own echoes", async () => {
    await bot.post(activity("channel-other-bot"));
    await bot.post(activity("channel-own-echo"));

    expect(core.events).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("ignores edits", async () => {
    await bot.post(activity("channel-message-edit"));

    expect(core.events).toHaveLength(0);
    expect(connector.calls).toHaveLength(0);
  });

  it("welcomes a team once when it is added, as a new post in the channel", async () => {
    await bot.post(activity("conversation-update-bot-added"));
    await bot.post(activity("conversation-update-bot-added", { id: "f:redelivered-install" }));
    await bot.post(activity("conversation-update-member-added"));

    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({
      route: "sendToConversation",
      conversationId: "19:team0general@thread.tacv2",
    });
    expect(String(connector.calls[0]?.body.text)).toContain("@microsense mute");
    expect(core.events).toHaveLength(0);
  });

  it("answers malformed JSON with 400 and keeps working", async () => {
    expect((await bot.post("{not json")).status).toBe(400);
    expect((await bot.post("[1,2]")).status).toBe(400);
    expect((await bot.post({ text: "no type" })).status).toBe(400);

    expect((await bot.post(activity("channel-conflation"))).status).toBe(200);
    expect(connector.delivered()).toHaveLength(1);
  });

  it("stops taking activities once stopped", async () => {
    await bot.adapter.stop();

    expect(bot.adapter.readiness()).toMatchObject({ ready: false });
    expect((await bot.post(activity("channel-conflation"))).status).toBe(503);
    expect(core.events).toHaveLength(0);
  });
});
