import { toIncomingEvent } from "../../adapters/teams/to-incoming-event";
import type { IncomingEvent } from "../../src/conversation/types";
import { isMicrosenseError } from "../../src/errors";
import { loadActivity } from "./support/load-activity";

const TENANT = "9a7b6c5d-1111-4222-8333-444455556666";
const CHANNEL = "19:abc@thread.tacv2";
const ADA = "29:1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ-ada";
const GRACE = "29:1zYxWvUtSrQpOnMlKjIhGfEdCbA-grace";
const PERSONAL = "a:1Xy9ZPersonalChatWithAdaQ2w3e4r5t6y7u8i9o0p";
const common = { platform: "teams", workspaceId: TENANT } as const;

describe("toIncomingEvent", () => {
  it.each<[string, IncomingEvent]>([
    [
      "channel-conflation",
      {
        ...common,
        channelId: CHANNEL,
        threadId: "1700000000000",
        messageId: "1700000000000",
        userId: ADA,
        eventId: "1700000000000",
        kind: "message",
        text: "Honestly, microservices are the same as microsegmentation, just owned by the network team.",
      },
    ],
    [
      "channel-thread-reply-conflation",
      {
        ...common,
        channelId: CHANNEL,
        threadId: "1700000000000",
        messageId: "1700000000500",
        userId: GRACE,
        eventId: "1700000000500",
        kind: "message",
        text: "Wait, isn't microsegmentation just another word for microservices?",
      },
    ],
    [
      "channel-mention-help",
      {
        ...common,
        channelId: CHANNEL,
        threadId: "1700000002000",
        messageId: "1700000002000",
        userId: ADA,
        eventId: "1700000002000",
        kind: "mention",
        text: "help",
      },
    ],
    [
      "channel-other-mention",
      {
        ...common,
        channelId: CHANNEL,
        threadId: "1700000004000",
        messageId: "1700000004000",
        userId: ADA,
        eventId: "1700000004000",
        kind: "message",
        text: "Grace Hopper microservices & microsegmentation <3",
      },
    ],
    [
      "group-chat-message",
      {
        ...common,
        channelId: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.v2",
        messageId: "1700000020000",
        userId: GRACE,
        eventId: "1700000020000",
        kind: "message",
        text: "our microservices are the same as microsegmentation now",
      },
    ],
    [
      "personal-quiz",
      {
        ...common,
        channelId: PERSONAL,
        messageId: "1700000010000",
        userId: ADA,
        eventId: "1700000010000",
        kind: "direct",
        text: "quiz",
      },
    ],
    [
      "personal-card-execute",
      {
        ...common,
        channelId: PERSONAL,
        messageId: "1700000010500",
        userId: ADA,
        eventId: "f:6c1d5e9a-2b3c-4d5e-8f90-a1b2c3d4e5f6",
        kind: "action",
        text: "",
        action: { actionId: "quiz:answer:q1-change", value: "policy-enforcement" },
      },
    ],
    [
      "personal-card-submit",
      {
        ...common,
        channelId: PERSONAL,
        messageId: "1700000010500",
        userId: ADA,
        eventId: "1700000011000",
        kind: "action",
        text: "",
        action: { actionId: "quiz:answer:q1-change", value: "policy-enforcement" },
      },
    ],
    [
      "channel-card-execute",
      {
        ...common,
        channelId: CHANNEL,
        threadId: "1700000000000",
        messageId: "1700000000900",
        userId: ADA,
        eventId: "f:0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
        kind: "action",
        text: "",
        action: { actionId: "quiz:start", value: '{"dm":false,"o":"19:abc@thread.tacv2"}' },
      },
    ],
  ])("normalises %s", (fixture, expected) => {
    expect(toIncomingEvent(loadActivity(fixture))).toEqual(expected);
  });

  it("removes the bot's mention by its entity, even when Teams spells the name differently", () => {
    const activity = loadActivity("channel-mention-help", {
      text: "<at>MicroSense Bot</at> quiz",
      entities: [
        {
          type: "mention",
          text: "<at>MicroSense Bot</at>",
          mentioned: { id: "28:5d0c1a7e-3b2f-4c6d-9e8f-0a1b2c3d4e5f" },
        },
      ],
    });

    expect(toIncomingEvent(activity)).toMatchObject({ kind: "mention", text: "quiz" });
  });

  it("leaves the activity it was given untouched", () => {
    const activity = loadActivity("channel-mention-help");
    const before = activity.text;

    toIncomingEvent(activity);

    expect(activity.text).toBe(before);
  });

  it.each([
    ["another bot", "channel-other-bot"],
    ["its own echo", "channel-own-echo"],
    ["an edit", "channel-message-edit"],
    ["a conversation update", "conversation-update-bot-added"],
  ])("returns nothing for %s", (_name, fixture) => {
    expect(toIncomingEvent(loadActivity(fixture))).toBeUndefined();
  });

  it("returns nothing for a message without words, such as a lone mention or an image", () => {
    expect(
      toIncomingEvent(loadActivity("channel-mention-help", { text: "<at>microsense</at>&nbsp;" })),
    ).toBeUndefined();
    expect(toIncomingEvent(loadActivity("channel-conflation", { text: undefined }))).toBeUndefined();
  });

  it("returns nothing for a submit from a card that is not ours", () => {
    expect(
      toIncomingEvent(loadActivity("personal-card-submit", { value: { comment: "hi" } })),
    ).toBeUndefined();
  });

  it("throws PAYLOAD_INVALID when the tenant is missing", () => {
    const activity = loadActivity("personal-quiz", {
      channelData: {},
      conversation: { conversationType: "personal", id: PERSONAL },
    });
    let thrown: unknown;
    try {
      toIncomingEvent(activity);
    } catch (error) {
      thrown = error;
    }
    expect(isMicrosenseError(thrown, "PAYLOAD_INVALID")).toBe(true);
  });
});
