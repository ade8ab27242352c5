import { buttonLabelled, executeClick, idOf, submitClick } from "./support/card-clicks";
import { createTestCore, recordEvents, testQuestionnaire } from "./support/create-test-core";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "./support/fake-connector";
import { loadRawActivity } from "./support/load-activity";
import { actionsIn, cardIn } from "./support/read-card";
import { startTeamsBot, type TeamsBot } from "./support/start-teams-bot";

const PERSONAL = "a:1Xy9ZPersonalChatWithAdaQ2w3e4r5t6y7u8i9o0p";
const CARD = "application/vnd.microsoft.card.adaptive";
const MESSAGE = "application/vnd.microsoft.activity.message";

const cardText = (call: ConnectorCall | undefined) =>
  (cardIn(call)?.body ?? []).map((block) => block.text).join("\n");

describe("Teams adapter: the quiz through card buttons in a 1:1 chat, with the real core", () => {
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

  const inPersonal = (cardId: string, id?: string) => ({
    serviceUrl: connector.serviceUrl,
    conversationId: PERSONAL,
    cardId,
    ...(id === undefined ? {} : { id }),
  });

  /** Asks for the quiz and returns the first question's card as the connector saw it. */
  async function startQuiz() {
    await bot.post(loadRawActivity("personal-quiz", { serviceUrl: connector.serviceUrl }));
    const [question] = connector.calls;
    expect(question).toMatchObject({ route: "replyToActivity", conversationId: PERSONAL });
    const [button] = actionsIn(question);
    if (button === undefined) throw new Error("The question has no buttons");
    return { question, cardId: idOf(question), button };
  }

  it("treats a command in the 1:1 chat as direct, without a mention", async () => {
    await startQuiz();

    expect(core.events[0]).toMatchObject({ kind: "direct", text: "quiz", channelId: PERSONAL });
  });

  it("renders choices as Action.Execute with an Action.Submit fallback carrying the same data", async () => {
    const { question, button } = await startQuiz();

    expect(cardIn(question)?.version).toBe("1.4");
    expect(actionsIn(question)).toHaveLength(testQuestionnaire().questions[0]?.options.length ?? -1);
    expect(button).toMatchObject({ type: "Action.Execute", verb: button.data.actionId });
    expect(button.fallback).toMatchObject({ type: "Action.Submit", data: button.data });
  });

  it("answers an Action.Execute invoke, updates the card in place and sends the next question", async () => {
    const { cardId, button } = await startQuiz();

    const response = await bot.post(executeClick(button, inPersonal(cardId)));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: CARD });
    expect(core.events[1]).toMatchObject({ kind: "action", action: button.data, messageId: cardId });
    const [update, next] = connector.calls.slice(1);
    expect(update).toMatchObject({
      route: "updateActivity",
      method: "PUT",
      conversationId: PERSONAL,
      activityId: cardId,
    });
    expect(cardText(update)).toContain(`Your answer: **${button.title}**`);
    expect(cardIn(update)?.actions).toBeUndefined();
    expect(next).toMatchObject({ route: "sendToConversation", conversationId: PERSONAL });
    expect(cardText(next)).toContain("Question 2 of 6");
  });

  it("takes a repeated click calmly: the same card again, no second question, a redelivery ignored", async () => {
    const { cardId, button } = await startQuiz();
    await bot.post(executeClick(button, inPersonal(cardId, "f:first-click")));
    const sentAfterFirst = connector.calls.length;

    const again = await bot.post(executeClick(button, inPersonal(cardId, "f:second-click")));
    const redelivered = await bot.post(executeClick(button, inPersonal(cardId, "f:first-click")));

    expect(again).toMatchObject({ status: 200, body: { statusCode: 200, type: CARD } });
    expect(redelivered).toMatchObject({ status: 200, body: { statusCode: 200, type: MESSAGE } });
    const afterwards = connector.calls.slice(sentAfterFirst);
    expect(afterwards).toHaveLength(1);
    expect(afterwards[0]).toMatchObject({ route: "updateActivity", activityId: cardId });
    expect(afterwards[0]?.body.attachments).toEqual(connector.calls[1]?.body.attachments);
  });

  it("handles the Action.Submit fallback (a message with a value) the same way", async () => {
    const { cardId, button } = await startQuiz();
    const submit = submitClick(button, inPersonal(cardId, "1700000011000"));

    const response = await bot.post(submit);
    await bot.post({ ...submit, id: "1700000011000" });

    expect(response.status).toBe(200);
    expect(core.events[1]).toMatchObject({ kind: "action", action: button.data });
    const routes = connector.calls.slice(1).map((call) => [call.route, call.activityId]);
    expect(routes).toEqual([
      ["updateActivity", cardId],
      ["sendToConversation", undefined],
    ]);
  });

  it("runs all six questions through card submissions to the result", async () => {
    let { question } = await startQuiz();
    const questions = testQuestionnaire().questions;
    for (const [index, expected] of questions.entries()) {
      expect(cardText(question)).toContain(`Question ${index + 1} of ${questions.length}`);
      expect(cardText(question)).toContain(expected.text);
      const cardId = idOf(question);
      const [button] = actionsIn(question);
      if (button === undefined) throw new Error("The question has no buttons");
      const before = connector.calls.length;

      await bot.post(submitClick(button, inPersonal(cardId)));
      if (index === 2) await bot.post(submitClick(button, inPersonal(cardId)));

      const sent = connector.calls.slice(before);
      const updates = sent.filter((call) => call.route === "updateActivity");
      const posts = sent.filter((call) => call.route === "sendToConversation");
      expect(updates.map((call) => call.activityId)).toEqual(index === 2 ? [cardId, cardId] : [cardId]);
      expect(posts).toHaveLength(1);
      question = posts[0];
    }

    expect(cardText(question)).toContain("Your result:");
    expect(question).toMatchObject({ route: "sendToConversation", conversationId: PERSONAL });
    // Started in the 1:1 chat, so there is no channel to share the result in.
    expect(actionsIn(question).map((action) => action.title)).toEqual(["Take it again"]);
    expect(buttonLabelled(question, "Take it again").data.actionId).toBe("quiz:start");
  });

  it("rejects a click on a card that is not ours with a 400 invoke response", async () => {
    const response = await bot.post(
      loadRawActivity("personal-card-execute", {
        serviceUrl: connector.serviceUrl,
        value: { action: { type: "Action.Execute", verb: "other", data: { somebody: "else" } } },
      }),
    );

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, type: "application/vnd.microsoft.error" });
    expect(core.events).toHaveLength(0);
  });
});
