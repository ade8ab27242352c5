import type { Choice, Reply } from "../../src/conversation/types";

/** Every line the bot prints starts with this, so a transcript separates bot from person at a glance. */
export const BOT_PREFIX = "bot>";

/**
 * Renders one reply as console lines: where it would be delivered in brackets, the text line by
 * line, then the buttons numbered from `firstNumber` (numbers run on across a batch of replies).
 */
export function formatReply(reply: Reply, firstNumber = 1): string[] {
  const [first = "", ...rest] = reply.text.split("\n");
  const where =
    reply.delivery === "channel" && reply.channelId ? `channel #${reply.channelId}` : reply.delivery;
  const lines = [`${BOT_PREFIX} [${where}] ${first}`.trimEnd()];
  for (const line of rest) lines.push(`${BOT_PREFIX} ${line}`.trimEnd());
  (reply.choices ?? []).forEach((choice, index) => {
    lines.push(`${BOT_PREFIX}   ${firstNumber + index}) ${choice.label}`);
  });
  return lines;
}

/** A batch of replies with one numbering for all their buttons, and the buttons in that order. */
export function formatReplies(replies: readonly Reply[]): {
  lines: string[];
  choices: Array<{ reply: Reply; choice: Choice }>;
} {
  const lines: string[] = [];
  const choices: Array<{ reply: Reply; choice: Choice }> = [];
  for (const reply of replies) {
    lines.push(...formatReply(reply, choices.length + 1));
    for (const choice of reply.choices ?? []) choices.push({ reply, choice });
  }
  return { lines, choices };
}
