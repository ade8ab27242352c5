import { buttonLabelled, idOf } from "./support/card-clicks";
import { createTestCore, recordEvents } from "./support/create-test-core";
import { type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { cardIn } from "./support/read-card";
import { recordingObserver, startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

const CHANNEL = "19:abc@thread.tacv2";
const ADA = "29:1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ-ada";
const TENANT = "9a7b6c5d-1111-4222-8333-444455556666";

describe("Teams adapter: from a channel into the 1:1 chat, with the real core", () => {
  let connector: FakeConnector;
  let bot: TeamsBot;
  let core: ReturnType<typeof recordEvents>;
  let observer: ReturnType<typeof recordingObserver>;

  beforeEach(async () => {
    connector = await startFakeConnector();
    core = recordEvents(createTestCore());
    observer = recordingObserver();
    bot = await startTeamsBot(core, { observer });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
  });

  const activity = (name: string, changes: Record<string, unknown> = {}) =>
    loadRawActivity(name, { serviceUrl: connector.serviceUrl, ...changes });

  /** A click on a button of a card the bot posted in the channel thread. */
  const channelClick = (data: { actionId: string; value: string }, cardId: string) =>
    activity("channel-card-execute", {
      replyToId: cardId,
      value: { action: { type: "Action.Execute", verb: data.actionId, data }, trigger: "manual" },
    });

  it("opens a 1:1 chat for a quiz asked for in a channel, once, and reuses it", async () => {
    await bot.post(activity("channel-mention-quiz"));
    await bot.post(activity("channel-mention-quiz", { id: "1700000003100" }));

    const creates = connector.calls.filter((call) => call.route === "createConversation");
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body).toMatchObject({ isGroup: false, tenantId: TENANT, members: [{ id: ADA }] });
    const dm = idOf(creates[0]);
    const questions = connector.calls.filter((call) => call.conversationId === dm);
    expect(questions).toHaveLength(2);
    for (const question of questions) {
      expect(question).toMatchObject({ route: "sendToConversation" });
      expect(cardIn(question)?.actions?.length).toBeGreaterThan(0);
    }
    // The asker is told in the thread where the questions went; that is a typed command, so in public.
    const notes = connector.calls.filter((call) => call.route === "replyToActivity");
    expect(notes.map((note) => note.conversationId)).toEqual([
      `${CHANNEL};messageid=1700000003000`,
      `${CHANNEL};messageid=1700000003000`,
    ]);
  });

  it("starts the quiz from the clarification's button by DM, saying nothing in the channel", async () => {
    await bot.post(activity("channel-conflation"));
    const clarification = connector.calls[0];
    const start = buttonLabelled(clarification, "Take the quiz");

    const response = await bot.post(channelClick(start.data, idOf(clarification)));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200 });
    expect(core.events[1]).toMatchObject({ kind: "action", action: start.data, channelId: CHANNEL });
    const after = connector.delivered().slice(1);
    expect(after.map((call) => call.route)).toEqual([
      "createConversation",
      "sendToConversation",
      "sendToConversation",
    ]);
    const dm = idOf(after[0]);
    expect(after.slice(1).every((call) => call.conversationId === dm)).toBe(true);
    const question = cardIn(after[2])?.body.map((block) => block.text) ?? [];
    expect(question.join("\n")).toContain("Question 1 of 6");
  });

  it("explains a clarification to the one who asked, by DM rather than in the thread", async () => {
    await bot.post(activity("channel-conflation"));
    const clarification = connector.calls[0];
    const why = buttonLabelled(clarification, "Why did I get this?");

    await bot.post(channelClick(why.data, idOf(clarification)));

    const after = connector.delivered().slice(1);
    expect(after.map((call) => call.route)).toEqual(["createConversation", "sendToConversation"]);
    expect(after[1]?.conversationId).toBe(idOf(after[0]));
    expect(String(after[1]?.body.text)).toContain("equivalence.same-as");
  });

  it("takes the configured fallback to the thread when Teams refuses to open the 1:1 chat", async () => {
    await bot.close();
    bot = await startTeamsBot(createTestCore({ defaultDeliveryMode: "dm" }), { observer });
    connector.failCreateConversation(403);

    await bot.post(activity("channel-conflation"));

    const delivered = connector.delivered();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      route: "replyToActivity",
      conversationId: `${CHANNEL};messageid=1700000000000`,
    });
    expect(observer.errors).toEqual(["createConversation"]);
  });
});
