import type { Reply } from "../../src/conversation/types";
import { scriptedCore } from "./support/scripted-core";
import { type HttpHarness, startHttpHarness } from "./support/slack-harness";
import { commandRequest, fixture, interactionRequest } from "./support/slack-requests";

const update: Reply = { delivery: "update", purpose: "quiz.answer", text: "Noted: *B*." };

describe("replacing the message that carried the button", () => {
  let harness: HttpHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it("edits a normal message with chat.update", async () => {
    harness = await startHttpHarness({ core: scriptedCore([update]) });
    expect((await harness.send(interactionRequest(fixture("block-actions.json")))).status).toBe(200);
    const [edit] = await harness.api.waitForCalls("chat.update", 1);
    expect(edit?.body).toMatchObject({ channel: "D0ALICE", ts: "1700001001.000100" });
  });

  it("replaces an ephemeral message through its response_url", async () => {
    harness = await startHttpHarness({ core: scriptedCore([update]) });
    const payload = {
      ...fixture("block-actions-ephemeral.json"),
      response_url: harness.api.responseUrl("act1"),
    };
    expect((await harness.send(interactionRequest(payload))).status).toBe(200);
    const [replaced] = await harness.api.waitForCalls("response_url", 1);
    await harness.close();
    expect(replaced?.body).toMatchObject({ replace_original: true });
    expect(harness.api.callsTo("chat.update")).toHaveLength(0);
  });

  it("republishes App Home for a click there", async () => {
    harness = await startHttpHarness({ core: scriptedCore([update]) });
    expect((await harness.send(interactionRequest(fixture("block-actions-home.json")))).status).toBe(200);
    const [published] = await harness.api.waitForCalls("views.publish", 1);
    expect(published?.body).toMatchObject({ user_id: "U0ALICE", view: { type: "home" } });
  });

  it("shows an update to a command (nothing to replace) to its author alone", async () => {
    harness = await startHttpHarness({ core: scriptedCore([update]) });
    const body = {
      ...(fixture("slash-command.json") as Record<string, string>),
      response_url: harness.api.responseUrl(),
    };
    await harness.send(commandRequest(body));
    const [reply] = await harness.api.waitForCalls("response_url", 1);
    expect(reply?.body).toMatchObject({ response_type: "ephemeral" });
  });
});

describe("an expired response_url", () => {
  let harness: HttpHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  const expiredCommand = (h: HttpHarness): ReturnType<typeof commandRequest> => {
    h.api.failNext("response_url", "expired_url");
    return commandRequest({
      ...(fixture("slash-command.json") as Record<string, string>),
      response_url: h.api.responseUrl(),
    });
  };

  it("sends a reply with a fallback there, once", async () => {
    harness = await startHttpHarness({
      core: scriptedCore([{ delivery: "ephemeral", fallback: "dm", purpose: "help", text: "Here is help." }]),
    });
    await harness.send(expiredCommand(harness));
    await harness.api.waitForCalls("chat.postMessage", 1);
    await harness.close();
    expect(harness.api.calls.map((call) => `${call.method}:${call.answer}`)).toEqual([
      "auth.test:ok",
      "response_url:error",
      "conversations.open:ok",
      "chat.postMessage:ok",
    ]);
  });

  it("posts nothing in place of a reply without fallback", async () => {
    harness = await startHttpHarness({
      core: scriptedCore([{ delivery: "ephemeral", purpose: "help", text: "Help." }]),
    });
    await harness.send(expiredCommand(harness));
    await harness.api.waitForCalls("response_url", 1);
    await harness.close();
    expect(harness.api.calls.map((call) => `${call.method}:${call.answer}`)).toEqual([
      "auth.test:ok",
      "response_url:error",
    ]);
  });
});
