import { decodeActionId } from "../../adapters/slack/render-blocks";
import type { JsonObject, RecordedCall } from "./support/fake-slack-api";
import { buttonsOf, firstButton, type PostedButton } from "./support/posted-buttons";
import { type HttpHarness, startHttpHarness } from "./support/slack-harness";
import { commandRequest, eventRequest, fixture, interactionRequest } from "./support/slack-requests";

/** The block_actions payload Slack sends when the user clicks `button` on the message `post` created. */
function clickOn(post: RecordedCall, button: PostedButton, click: number): JsonObject {
  const template = fixture("block-actions.json");
  const channel = String(post.body.channel);
  const ts = String(post.result.ts);
  return {
    ...template,
    trigger_id: `6002.17000011${click}.abcdef`,
    container: { type: "message", message_ts: ts, channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: "directmessage" },
    message: { ...(template.message as JsonObject), ts, blocks: post.body.blocks },
    actions: [
      {
        ...(template.actions as JsonObject[])[0],
        action_id: button.actionId,
        block_id: button.blockId,
        value: button.value,
        action_ts: `17000011${click}.000001`,
      },
    ],
  };
}

describe("the slash command and buttons", () => {
  let harness: HttpHarness;
  const timeline: string[] = [];
  beforeEach(async () => {
    timeline.length = 0;
    harness = await startHttpHarness({ timeline });
  });
  afterEach(async () => {
    await harness.close();
  });

  const command = (text: string): ReturnType<typeof commandRequest> =>
    commandRequest({
      ...(fixture("slash-command.json") as Record<string, string>),
      text,
      response_url: harness.api.responseUrl(),
    });
  const quizCommand = (): ReturnType<typeof commandRequest> => command("quiz");

  it("answers /microsense help to its author alone, through the response_url", async () => {
    expect((await harness.send(command("help"))).status).toBe(200);
    const [reply] = await harness.api.waitForCalls("response_url", 1);
    await harness.close();
    expect(reply?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(reply?.body.text)).toContain("quiz");
    expect(harness.api.calls.map((call) => call.method)).toEqual(["auth.test", "response_url"]);
  });

  it("acknowledges /microsense quiz at once with an empty 200, then answers by response_url and DM", async () => {
    const release = harness.core.hold();
    const response = await harness.send(quizCommand());
    timeline.push(`response ${response.status} "${response.text}"`);
    release();
    const [ephemeral] = await harness.api.waitForCalls("response_url", 1);
    const [question] = await harness.api.waitForCalls("chat.postMessage", 1);
    expect(timeline).toEqual(['response 200 ""', "finished 6001.1700001000.5e1f0a9c2b7d"]);
    expect(ephemeral?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(question?.body.channel).toBe("D0ALICE");
    const buttons = buttonsOf(question?.body ?? {});
    expect(buttons.length).toBeGreaterThan(1);
    expect(new Set(buttons.map((button) => button.actionId)).size).toBe(buttons.length);
  });

  it("runs the questionnaire by buttons; a double click updates and asks the next question once", async () => {
    await harness.send(quizCommand());
    const [question1] = await harness.api.waitForCalls("chat.postMessage", 1);
    if (question1 === undefined) throw new Error("no question posted");
    const answer = firstButton(question1.body);

    timeline.length = 0;
    const release = harness.core.hold();
    const clicks = await Promise.all(
      [1, 2].map((n) => harness.send(interactionRequest(clickOn(question1, answer, n)))),
    );
    timeline.push(`responses ${clicks.map((click) => click.status).join(",")}`);
    release();
    await harness.api.waitForCalls("chat.postMessage", 2);
    await harness.close();

    const actions = harness.core.events.filter((event) => event.kind === "action");
    expect(timeline).toEqual([
      "responses 200,200",
      `finished ${actions[0]?.eventId}`,
      `finished ${actions[1]?.eventId}`,
    ]);
    const clicked = { actionId: decodeActionId(answer.actionId), value: answer.value };
    expect(actions.map((event) => event.action)).toEqual([clicked, clicked]);
    expect(actions[0]?.eventId).toBe(actions[1]?.eventId);
    const updates = harness.api.callsTo("chat.update");
    expect(updates).toHaveLength(1);
    expect(updates[0]?.body).toMatchObject({ channel: "D0ALICE", ts: question1.result.ts });
    const posts = harness.api.callsTo("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(buttonsOf(posts[1]?.body ?? {}).length).toBeGreaterThan(0);
  });

  it("runs all six questions by buttons to the result, counts a double click once, and shares the result once", async () => {
    await harness.send(quizCommand());
    const [sentNote] = await harness.api.waitForCalls("response_url", 1);
    expect(sentNote?.body).toMatchObject({ response_type: "ephemeral" });

    const questionIds: string[] = [];
    for (let number = 1; number <= 6; number += 1) {
      const question = (await harness.api.waitForCalls("chat.postMessage", number))[number - 1];
      if (question === undefined) throw new Error(`question ${number} was not posted`);
      expect(question.body).toMatchObject({ channel: "D0ALICE" });
      expect(question.body.thread_ts).toBeUndefined();
      const answer = firstButton(question.body);
      questionIds.push(decodeActionId(answer.actionId));
      // The third answer is a double click: two payloads for one button, both acknowledged.
      const clicks = number === 3 ? [30, 31] : [number * 10];
      const responses = await Promise.all(
        clicks.map((click) => harness.send(interactionRequest(clickOn(question, answer, click)))),
      );
      expect(responses.map((response) => response.status)).toEqual(clicks.map(() => 200));
      await harness.api.waitForCalls("chat.update", number);
    }

    const result = (await harness.api.waitForCalls("chat.postMessage", 7))[6];
    if (result === undefined) throw new Error("no result posted");
    expect(result.body.channel).toBe("D0ALICE");
    const resultButtons = buttonsOf(result.body);
    expect(resultButtons.map((button) => decodeActionId(button.actionId))).toEqual([
      "quiz:share",
      "quiz:start",
    ]);
    const [share] = resultButtons;
    if (share === undefined) throw new Error("no share button");
    await Promise.all(
      [70, 71].map((click) => harness.send(interactionRequest(clickOn(result, share, click)))),
    );
    const [shared] = (await harness.api.waitForCalls("chat.postMessage", 8)).slice(7);
    await harness.close();

    expect(questionIds).toEqual([
      "quiz:answer:q1-change",
      "quiz:answer:q2-build",
      "quiz:answer:q3-enforce",
      "quiz:answer:q4-problem",
      "quiz:answer:q5-owner",
      "quiz:answer:q6-outcome",
    ]);
    // Six answers, the second payload of the double click, and two clicks on Share all reached the core...
    expect(harness.core.events.filter((event) => event.kind === "action")).toHaveLength(9);
    // ...yet each question was replaced once and followed by one next question.
    const updates = harness.api.callsTo("chat.update");
    expect(updates).toHaveLength(6);
    expect(updates.every((update) => update.body.channel === "D0ALICE")).toBe(true);
    expect(updates.every((update) => buttonsOf(update.body).length === 0)).toBe(true);
    // The share is a new top-level message in the channel the quiz was started from, posted once.
    expect(shared?.body.channel).toBe("C0GENERAL");
    expect(shared?.body.thread_ts).toBeUndefined();
    expect(harness.api.callsTo("chat.postMessage")).toHaveLength(8);
    expect(harness.api.callsTo("chat.postEphemeral")).toHaveLength(0);
    expect(harness.api.callsTo("response_url")).toHaveLength(1);
  });

  it("places a click in App Home in the user's DM, hands back the button's action and republishes Home", async () => {
    await harness.send(eventRequest(fixture("event-app-home-opened.json")));
    const [published] = await harness.api.waitForCalls("views.publish", 1);
    if (published === undefined) throw new Error("no view published");
    const view = published.body.view as JsonObject;
    const button = firstButton(view);
    const template = fixture("block-actions-home.json");
    const click = {
      ...template,
      view: {
        ...(template.view as JsonObject),
        blocks: view.blocks,
        hash: (published.result.view as JsonObject).hash,
      },
      actions: [
        {
          ...(template.actions as JsonObject[])[0],
          action_id: button.actionId,
          block_id: button.blockId,
          value: button.value,
        },
      ],
    };
    expect((await harness.send(interactionRequest(click))).status).toBe(200);
    const [, republished] = await harness.api.waitForCalls("views.publish", 2);
    await harness.close();
    const toggled = buttonsOf((republished?.body.view ?? {}) as JsonObject);
    expect(toggled.map((toggle) => decodeActionId(toggle.actionId))).toEqual(["home:optin", "quiz:start"]);
    const action = harness.core.events.find((event) => event.kind === "action");
    expect(action).toMatchObject({
      channelId: "D0ALICE",
      userId: "U0ALICE",
      action: { actionId: decodeActionId(button.actionId), value: button.value },
    });
    expect(harness.api.callsTo("conversations.open")[0]?.body.users).toBe("U0ALICE");
  });
});
