import { ACTION_IDS } from "./action-ids";
import { composeStats } from "./compose-stats";
import { encodeQuizStartValue } from "./quiz-start-value";
import type { WorkspaceStats } from "./read-stats";
import type { ReplyTexts } from "./replies-schema";
import type { Choice } from "./types";

/**
 * The App Home (replies with purpose "home"): what the bot does, the person's own setting with a button to flip
 * it, and the workspace's numbers. The Slack adapter publishes it as the Home tab.
 */
export function composeHome(
  replies: ReplyTexts,
  optedOut: boolean,
  stats: WorkspaceStats,
): { readonly text: string; readonly choices: readonly Choice[] } {
  const you = optedOut
    ? "*You* have opted out: I do not reply to your messages. Commands still work."
    : "*You* get my clarifications when a message of yours mixes the two terms up.";
  const toggle: Choice = optedOut
    ? { actionId: ACTION_IDS.homeOptIn, value: "optin", label: "Reply to me again", style: "primary" }
    : { actionId: ACTION_IDS.homeOptOut, value: "optout", label: "Stop replying to me", style: "danger" };
  const quiz: Choice = {
    actionId: ACTION_IDS.quizStart,
    // Home is part of the app's own DM space: the question arrives there without a separate note.
    value: encodeQuizStartValue({ inDm: true }),
    label: "Take the quiz",
  };
  return { text: [replies.about, you, composeStats(stats)].join("\n\n"), choices: [toggle, quiz] };
}
