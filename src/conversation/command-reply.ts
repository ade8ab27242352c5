import type { Choice, IncomingEvent, Reply } from "./types";

/**
 * A reply meant only for the person who asked: in the direct conversation when they asked there,
 * otherwise ephemeral. Platforms without ephemeral messages (Teams) fall back to the thread for a
 * typed command, where the question was asked in public anyway, and to a DM for a button press.
 */
export function commandReply(
  event: IncomingEvent,
  text: string,
  purpose: string,
  choices?: readonly Choice[],
): Reply {
  const withChoices = choices === undefined || choices.length === 0 ? {} : { choices };
  if (event.kind === "direct") return { delivery: "dm", text, purpose, ...withChoices };
  const fallback = event.kind === "action" ? "dm" : "thread";
  return { delivery: "ephemeral", fallback, text, purpose, ...withChoices };
}
