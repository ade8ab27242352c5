import { classifyText } from "./classify-text";
import { commandReply } from "./command-reply";
import { composeAnswer } from "./compose-answer";
import { composeHelp } from "./compose-help";
import { composeVerdict } from "./compose-verdict";
import type { Turn } from "./turn-context";
import type { Reply } from "./types";

/**
 * A sentence addressed to the bot that is not a command (after a mention, or in the DM): a question
 * it can answer gets the answer, anything else the `check` verdict. With `helpWhenNothing`, a
 * sentence without either term gets the command list instead of "nothing to clarify".
 */
export function respondToSentence(turn: Turn, text: string, helpWhenNothing: boolean): Reply[] {
  const { event, replies } = turn;
  const result = classifyText(turn, text);
  if (helpWhenNothing && result.intent === "none") {
    const lead = "I did not spot either term in that. Here is what I can do.";
    return [commandReply(event, composeHelp(replies, turn.settings.defaultMuteMs, lead), "help")];
  }
  const answer = composeAnswer(result, replies, event.eventId);
  if (answer !== undefined) return [commandReply(event, answer.text, "answer")];
  return [commandReply(event, composeVerdict(result, replies, event.eventId), "check")];
}
