import type { JsonObject, RecordedCall } from "../../slack/support/fake-slack-api";
import type { PostedButton } from "../../slack/support/posted-buttons";
import { fixture } from "../../slack/support/slack-requests";

/** The block_actions payload Slack sends when the user clicks `button` on the message `post` created. */
export function clickOn(post: RecordedCall, button: PostedButton, click: number): JsonObject {
  const template = fixture("block-actions.json");
  const channel = String(post.body.channel);
  const ts = String(post.result.ts);
  const [action] = template.actions as JsonObject[];
  return {
    ...template,
    trigger_id: `6002.${1_700_002_000 + click}.abcdef`,
    container: { type: "message", message_ts: ts, channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: "directmessage" },
    message: { ...(template.message as JsonObject), ts, blocks: post.body.blocks },
    actions: [
      {
        ...action,
        action_id: button.actionId,
        block_id: button.blockId,
        value: button.value,
        action_ts: `${1_700_002_000 + click}.000001`,
      },
    ],
  };
}
