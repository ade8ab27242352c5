import { blockActionToTurn, commandToTurn } from "../../adapters/slack/interaction-to-turn";
import { isSkip, type SlackTurn, type TurnOrSkip } from "../../adapters/slack/slack-turn";
import { fixture } from "./support/slack-requests";

function turnOf(result: TurnOrSkip): SlackTurn {
  if (isSkip(result)) throw new Error(`expected a turn, got a skip: ${result.skip}`);
  return result;
}

describe("commandToTurn", () => {
  it("makes the command's words the text and the trigger_id the eventId", () => {
    expect(turnOf(commandToTurn(fixture("slash-command.json")))).toEqual({
      event: {
        platform: "slack",
        workspaceId: "T0001",
        channelId: "C0GENERAL",
        userId: "U0ALICE",
        eventId: "6001.1700001000.5e1f0a9c2b7d",
        kind: "command",
        text: "quiz",
      },
      responseUrl: "https://hooks.slack.com/commands/T0001/6001/xYzAbC",
    });
  });

  it("accepts an empty command", () => {
    const { text: _text, ...rest } = fixture("slash-command.json");
    expect(turnOf(commandToTurn(rest)).event.text).toBe("");
  });

  it("skips a payload without the command's fields", () => {
    expect(isSkip(commandToTurn({ command: "/microsense" }))).toBe(true);
  });
});

describe("blockActionToTurn", () => {
  it("hands back the core's actionId without our uniqueness suffix, and the value unchanged", () => {
    const turn = turnOf(blockActionToTurn(fixture("block-actions.json")));
    expect(turn.event).toMatchObject({
      kind: "action",
      channelId: "D0ALICE",
      userId: "U0ALICE",
      messageId: "1700001001.000100",
      action: { actionId: "quiz:answer:q1-change", value: "app-structure" },
    });
    expect(turn.source).toEqual({
      kind: "message",
      channelId: "D0ALICE",
      messageTs: "1700001001.000100",
      isEphemeral: false,
    });
    expect(turn.responseUrl).toBe("https://hooks.slack.com/actions/T0001/6002/aBcDeF");
  });

  it("gives a double click (new trigger_id and action_ts, same button) the same eventId", () => {
    const first = fixture("block-actions.json");
    const second = {
      ...first,
      trigger_id: "6002.1700001101.ffffffffffff",
      actions: [{ ...(first.actions as object[])[0], action_ts: "1700001101.000001" }],
    };
    expect(turnOf(blockActionToTurn(second)).event.eventId).toBe(
      turnOf(blockActionToTurn(first)).event.eventId,
    );
  });

  it("gives another user's click on the same button its own eventId", () => {
    const first = fixture("block-actions.json");
    const other = { ...first, user: { id: "U0BOB", team_id: "T0001" } };
    expect(turnOf(blockActionToTurn(other)).event.eventId).not.toBe(
      turnOf(blockActionToTurn(first)).event.eventId,
    );
  });

  it("knows an ephemeral message and its thread", () => {
    const turn = turnOf(blockActionToTurn(fixture("block-actions-ephemeral.json")));
    expect(turn.source).toMatchObject({ kind: "message", isEphemeral: true });
    expect(turn.event).toMatchObject({
      threadId: "1700000000.000100",
      action: {
        actionId: "clarify:not-helpful",
        value: '{"m":"1700000100.000200","r":["equivalence.same-as"]}',
      },
    });
  });

  it("places a click in App Home in the user's DM channel", () => {
    const turn = turnOf(blockActionToTurn(fixture("block-actions-home.json"), "D0ALICE"));
    expect(turn.source).toEqual({ kind: "view", viewId: "V0HOME" });
    expect(turn.event).toMatchObject({
      channelId: "D0ALICE",
      action: { actionId: "quiz:start", value: '{"dm":true}' },
    });
    expect(turn.event.messageId).toBeUndefined();
    expect(isSkip(blockActionToTurn(fixture("block-actions-home.json")))).toBe(true);
  });

  it("skips what is not a block_actions payload", () => {
    expect(isSkip(blockActionToTurn({ type: "view_submission" }))).toBe(true);
    expect(isSkip(blockActionToTurn({ ...fixture("block-actions.json"), actions: [] }))).toBe(true);
  });
});
