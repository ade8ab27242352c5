import type { Reply } from "../../src/conversation/types";
import { buttonLabelled, type ClickTarget, executeClick, idOf } from "./support/card-clicks";
import { createTestCore, testQuestionnaire } from "./support/create-test-core";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { actionsIn } from "./support/read-card";
import { recordingObserver, startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

const CHANNEL = "19:abc@thread.tacv2";
const GROUP_CHAT = "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.v2";
const TENANT = "9a7b6c5d-1111-4222-8333-444455556666";
const BOT = "28:5d0c1a7e-3b2f-4c6d-9e8f-0a1b2c3d4e5f";

describe("Teams adapter: sharing a quiz result in the channel it came from, with the real core", () => {
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

  const target = (conversationId: string, cardId: string, id?: string): ClickTarget => ({
    serviceUrl: connector.serviceUrl,
    conversationId,
    cardId,
    ...(id === undefined ? {} : { id }),
  });

  /** Asks for the quiz with a mention in the channel, answers every question in the DM, returns the result. */
  async function takeQuizFromChannel(): Promise<{ dm: string; result: ConnectorCall | undefined }> {
    await bot.post(loadRawActivity("channel-mention-quiz", { serviceUrl: connector.serviceUrl }));
    const dm = idOf(connector.calls.find((call) => call.route === "createConversation"));
    for (let answered = 0; answered < testQuestionnaire().questions.length; answered++) {
      const question = connector.calls.filter((call) => call.conversationId === dm).at(-1);
      const [button] = actionsIn(question);
      if (button === undefined) throw new Error("The question has no buttons");
      await bot.post(executeClick(button, target(dm, idOf(question))));
    }
    return { dm, result: connector.calls.filter((call) => call.route === "sendToConversation").at(-1) };
  }

  it("posts the result once as a new post in the channel when the button is pressed in the DM", async () => {
    const { dm, result } = await takeQuizFromChannel();
    const share = buttonLabelled(result, "Share my result in the channel");
    const before = connector.calls.length;

    const click = executeClick(share, target(dm, idOf(result), "f:share-click"));
    const response = await bot.post(click);
    await bot.post(click);

    expect(response).toMatchObject({ status: 200, body: { statusCode: 200 } });
    const posts = connector.calls.slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      route: "createConversation",
      path: "/v3/conversations",
      body: {
        isGroup: true,
        tenantId: TENANT,
        bot: { id: BOT },
        channelData: { channel: { id: CHANNEL }, tenant: { id: TENANT } },
        activity: { type: "message", textFormat: "markdown" },
      },
    });
    const activity = posts[0]?.body.activity as { text?: unknown } | undefined;
    expect(String(activity?.text)).toMatch(/just took the microsense quiz: \*\*.+\*\*/);
    expect(observer.errors).toEqual([]);
  });

  it("retries a throttled channel post and still posts once", async () => {
    const { dm, result } = await takeQuizFromChannel();
    const share = buttonLabelled(result, "Share my result in the channel");
    const before = connector.calls.length;
    // More 429s than botbuilder's client retries on its own (4 tries), so one adapter round follows.
    connector.throttleNext(5, 0);

    await bot.post(executeClick(share, target(dm, idOf(result))));

    const posts = connector.calls.slice(before);
    expect(posts.map((call) => call.status)).toEqual([429, 429, 429, 429, 429, 200]);
    expect(posts.every((call) => call.route === "createConversation")).toBe(true);
    expect(observer.retries).toEqual(["createConversation"]);
  });

  it("posts a result shared to a group chat as a new message in that chat", async () => {
    await bot.post(loadRawActivity("group-chat-message", { serviceUrl: connector.serviceUrl }));
    const dm = "a:1DirectChatWithAda";
    const share = { actionId: "quiz:share", value: JSON.stringify({ r: "both", o: GROUP_CHAT }) };
    const before = connector.calls.length;

    await bot.post(executeClick({ type: "Action.Execute", title: "Share", data: share }, target(dm, "1")));

    const posts = connector.calls.slice(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ route: "sendToConversation", conversationId: GROUP_CHAT });
    expect(posts[0]?.body.replyToId).toBeUndefined();
  });

  it("posts a channel reply without a channelId as a new post in the event's own channel", async () => {
    await bot.close();
    const announce: Reply = { delivery: "channel", text: "A *new* post.", purpose: "test.channel" };
    bot = await startTeamsBot({ handle: async () => [announce] });

    await bot.post(loadRawActivity("channel-conflation", { serviceUrl: connector.serviceUrl }));

    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({
      route: "createConversation",
      body: {
        isGroup: true,
        channelData: { channel: { id: CHANNEL } },
        activity: { text: "A **new** post." },
      },
      responseId: expect.stringMatching(/^19:abc@thread\.tacv2;messageid=\d+$/),
    });
  });

  it("posts in the current conversation when it knows no way into the target channel", async () => {
    const dm = "a:1DirectChatWithAda";
    const share = {
      actionId: "quiz:share",
      value: JSON.stringify({ r: "both", o: "19:unknown@thread.tacv2" }),
    };

    await bot.post(executeClick({ type: "Action.Execute", title: "Share", data: share }, target(dm, "1")));

    expect(connector.calls).toHaveLength(1);
    expect(connector.calls[0]).toMatchObject({ route: "sendToConversation", conversationId: dm });
    expect(String(connector.calls[0]?.body.text)).toContain("just took the microsense quiz");
  });
});
