import { assertNever } from "../errors";
import { muteChannel, readChannelMode, unmuteChannel, writeChannelMode } from "./channel-preferences";
import { classifyText } from "./classify-text";
import { commandReply } from "./command-reply";
import { composeHelp } from "./compose-help";
import { composeHome } from "./compose-home";
import { composeStats } from "./compose-stats";
import { composeVerdict } from "./compose-verdict";
import { cancelQuiz, startQuiz } from "./handle-quiz";
import type { Command } from "./parse-command";
import { formatDuration, parseDuration } from "./parse-duration";
import { readStats } from "./read-stats";
import { resolveTerm } from "./resolve-term";
import type { Turn } from "./turn-context";
import type { DeliveryMode, Reply } from "./types";
import { isOptedOut, setOptedOut } from "./user-preferences";

const MODE_MEANINGS: Readonly<Record<DeliveryMode, string>> = {
  ephemeral: "only the author of the message sees them",
  thread: "a reply in the thread, visible to everyone",
  dm: "a direct message to the author",
};

const CHANNEL_ONLY =
  "That one works in a channel: send it there and it applies to that channel. To stop my replies to " +
  "you everywhere, use `optout`.";

/** Runs one command; every command answers, whatever the cooldowns, mutes or opt-outs say. */
export async function handleCommand(turn: Turn, command: Command): Promise<Reply[]> {
  const { event, replies, settings } = turn;
  const reply = (text: string, purpose: string): Reply[] => [commandReply(event, text, purpose)];
  const inDm = event.kind === "direct";

  switch (command.name) {
    case "help":
      return reply(composeHelp(replies, settings.defaultMuteMs), "help");
    case "unknown": {
      const lead = `I do not know \`${command.word.replaceAll("`", "'")}\`. Here is what I can do.`;
      return reply(composeHelp(replies, settings.defaultMuteMs, lead), "help");
    }
    case "explain": {
      const term = resolveTerm(command.topic, turn.matcher);
      if (term === undefined) {
        return reply("Which one? Try `explain microservices` or `explain microsegmentation`.", "explain");
      }
      return reply(replies.explain[term], "explain");
    }
    case "compare":
      return reply(replies.compare, "compare");
    case "check":
      return check(turn, command.text);
    case "quiz":
      return startQuiz(turn, inDm ? { inDm } : { inDm, origin: event.channelId });
    case "cancel":
      return cancelQuiz(turn);
    case "mute": {
      if (inDm) return reply(CHANNEL_ONLY, "mute");
      const durationMs = command.duration === "" ? settings.defaultMuteMs : parseDuration(command.duration);
      if (durationMs === undefined) {
        return reply(
          "I did not get that length. Try `mute 30m`, `mute 2h` or `mute 1d` (30 days at most).",
          "mute",
        );
      }
      await muteChannel(turn, event.channelId, durationMs);
      return reply(
        `Muted: no clarifications in this channel for the next ${formatDuration(durationMs)}. ` +
          "`unmute` brings me back sooner; commands keep working.",
        "mute",
      );
    }
    case "unmute":
      if (inDm) return reply(CHANNEL_ONLY, "unmute");
      await unmuteChannel(turn, event.channelId);
      return reply("Unmuted: I will clarify mix-ups in this channel again.", "unmute");
    case "optout":
      await setOptedOut(turn, event.userId, true);
      return reply(
        "Done: I will not reply to your messages any more. Commands still work, and `optin` undoes this.",
        "optout",
      );
    case "optin":
      await setOptedOut(turn, event.userId, false);
      return reply(
        "Welcome back: I will reply again when a message of yours mixes the two terms up.",
        "optin",
      );
    case "mode":
      return mode(turn, command.mode);
    case "stats":
      return reply(composeStats(await readStats(turn)), "stats");
    case "home": {
      const home = composeHome(replies, await isOptedOut(turn, event.userId), await readStats(turn));
      return [commandReply(event, home.text, "home", home.choices)];
    }
    default:
      return assertNever(command);
  }
}

/** `check <text>`: the verdict with its evidence, for the asker only. Nothing is stored. */
function check(turn: Turn, text: string): Reply[] {
  if (text.trim() === "") {
    return [commandReply(turn.event, "Give me something to check, like `check <your sentence>`.", "check")];
  }
  const result = classifyText(turn, text);
  return [commandReply(turn.event, composeVerdict(result, turn.replies, turn.event.eventId), "check")];
}

async function mode(turn: Turn, requested: DeliveryMode | undefined): Promise<Reply[]> {
  const { event } = turn;
  if (event.kind === "direct") return [commandReply(event, CHANNEL_ONLY, "mode")];
  if (requested === undefined) {
    const current = await readChannelMode(turn, event.channelId);
    const text =
      `Clarifications in this channel go as *${current}*: ${MODE_MEANINGS[current]}. ` +
      "Change it with `mode ephemeral`, `mode thread` or `mode dm`.";
    return [commandReply(event, text, "mode")];
  }
  await writeChannelMode(turn, event.channelId, requested);
  const text = `From now on, clarifications in this channel go as *${requested}*: ${MODE_MEANINGS[requested]}.`;
  return [commandReply(event, text, "mode")];
}
