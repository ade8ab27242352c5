import { homeOpenedToTurn, messageToTurn } from "../../adapters/slack/message-to-turn";
import { isSkip, type TurnOrSkip } from "../../adapters/slack/slack-turn";
import type { IncomingEvent } from "../../src/conversation/types";
import { botId, botUserId } from "./support/fake-slack-api";
import { eventFixture, fixture } from "./support/slack-requests";

const bot = { userId: botUserId, botId };

function eventOf(result: TurnOrSkip): IncomingEvent {
  if (isSkip(result)) throw new Error(`expected a turn, got a skip: ${result.skip}`);
  return result.event;
}

describe("messageToTurn", () => {
  it.each([
    {
      name: "a channel message in a thread",
      file: "event-message-conflation.json",
      expected: {
        platform: "slack",
        workspaceId: "T0001",
        channelId: "C0GENERAL",
        threadId: "1700000000.000100",
        messageId: "1700000100.000200",
        userId: "U0ALICE",
        eventId: "Ev0CONFLATE1",
        kind: "message",
        text: "honestly microservices are the same as microsegmentation, so we are covered",
      },
    },
    {
      name: "a top-level message, with Slack's escaping and link syntax turned into plain text",
      file: "event-message-plain.json",
      expected: {
        platform: "slack",
        workspaceId: "T0001",
        channelId: "C0GENERAL",
        messageId: "1700000000.000100",
        userId: "U0BOB",
        eventId: "Ev0PLAIN1",
        kind: "message",
        text: "deploying the payments service after lunch & then the status page",
      },
    },
    {
      name: "a DM is kind direct",
      file: "event-message-im.json",
      expected: {
        platform: "slack",
        workspaceId: "T0001",
        channelId: "D0ALICE",
        messageId: "1700000400.000500",
        userId: "U0ALICE",
        eventId: "Ev0DIRECT1",
        kind: "direct",
        text: "so microservices are the same as microsegmentation?",
      },
    },
    {
      name: "app_mention is kind mention, without the mention",
      file: "event-app-mention.json",
      expected: {
        platform: "slack",
        workspaceId: "T0001",
        channelId: "C0GENERAL",
        messageId: "1700000300.000400",
        userId: "U0ALICE",
        eventId: "Ev0MENTION1",
        kind: "mention",
        text: "is it true that microservices are the same as microsegmentation?",
      },
    },
  ])("normalises $name", ({ file, expected }) => {
    expect(eventOf(messageToTurn(fixture(file), bot))).toEqual(expected);
  });

  it("marks an edit, with the edited text and the original message id", () => {
    const event = eventOf(messageToTurn(fixture("event-message-changed.json"), bot));
    expect(event).toMatchObject({ isEdit: true, messageId: "1700000100.000200", userId: "U0ALICE" });
    expect(event.text).toContain("edit:");
  });

  it("marks another bot's message as fromBot", () => {
    const event = eventOf(messageToTurn(fixture("event-bot-message.json"), bot));
    expect(event).toMatchObject({ fromBot: true, userId: "B0RELEASE", kind: "message" });
  });

  it.each([
    ["the bot's own message (by user id)", fixture("event-message-own.json")],
    ["the bot's own message (by bot id)", eventFixture("event-message-own.json", { user: "U0SOMEONE" })],
    ["a deletion", fixture("event-message-deleted.json")],
    ["a channel join", eventFixture("event-message-plain.json", { subtype: "channel_join" })],
    ["a channel message that also mentions the bot", fixture("event-message-mentioning-bot.json")],
    [
      "an edit of the bot's own message",
      eventFixture("event-message-changed.json", { message: { user: botUserId, ts: "1.2" } }),
    ],
    ["an envelope that is not an event_callback", { type: "url_verification", challenge: "x" }],
    ["an event without a channel", eventFixture("event-message-plain.json", { channel: undefined })],
    ["nothing at all", null],
  ])("skips %s", (_name, body) => {
    expect(isSkip(messageToTurn(body, bot))).toBe(true);
  });

  it("keeps files and thread broadcasts, which people write", () => {
    for (const subtype of ["file_share", "thread_broadcast"]) {
      const result = messageToTurn(eventFixture("event-message-conflation.json", { subtype }), bot);
      expect(eventOf(result).kind).toBe("message");
    }
  });

  it("keeps a DM that mentions the bot, since no app_mention comes for DMs", () => {
    const body = eventFixture("event-message-im.json", { text: "<@UBOT> quiz please" });
    expect(eventOf(messageToTurn(body, bot))).toMatchObject({ kind: "direct", text: "quiz please" });
  });
});

describe("homeOpenedToTurn", () => {
  it("turns the Home tab into the home command in the user's DM", () => {
    expect(eventOf(homeOpenedToTurn(fixture("event-app-home-opened.json")))).toEqual({
      platform: "slack",
      workspaceId: "T0001",
      channelId: "D0ALICE",
      userId: "U0ALICE",
      eventId: "Ev0HOME1",
      kind: "command",
      text: "home",
    });
  });

  it("ignores the Messages tab", () => {
    expect(isSkip(homeOpenedToTurn(eventFixture("event-app-home-opened.json", { tab: "messages" })))).toBe(
      true,
    );
  });
});
