import { formatDuration } from "./parse-duration";
import type { ReplyTexts } from "./replies-schema";

/** The command list; `lead` (e.g. "I don't know `foo`.") goes first when help answers a mistake. */
export function composeHelp(replies: ReplyTexts, defaultMuteMs: number, lead?: string): string {
  const commands = [
    "*Commands* (the same words after `/microsense`, after mentioning me, or in a DM with me):",
    "• `help`: this list",
    "• `explain microservices` or `explain microsegmentation`: what each term means",
    "• `compare`: the two side by side",
    "• `check <text>`: what I make of a message, with my reasons",
    "• `quiz`: a short questionnaire by DM; `cancel` stops it",
    `• \`mute [30m|2h|1d]\` and \`unmute\`: keep me quiet in this channel (${formatDuration(defaultMuteMs)} by default)`,
    "• `optout` and `optin`: stop or resume my replies to your messages",
    "• `mode ephemeral|thread|dm`: where my clarifications go in this channel",
    "• `stats`: what I noticed in the last 7 and 30 days",
  ].join("\n");
  const parts = lead === undefined ? [replies.about, commands] : [lead, replies.about, commands];
  return parts.join("\n\n");
}
