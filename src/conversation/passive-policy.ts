import type { MatchResult } from "../matcher/types";
import { stateKeys } from "../state/state-keys";
import { isChannelMuted, readChannelMode } from "./channel-preferences";
import { classifyText } from "./classify-text";
import { composeAnswer } from "./compose-answer";
import { composeClarification } from "./compose-clarification";
import { recordStat } from "./record-stat";
import { notifyObserver, type Turn } from "./turn-context";
import type { Reply } from "./types";
import { isOptedOut } from "./user-preferences";

/**
 * An ordinary channel message (already deduplicated): classify it, and reply only to a conflation
 * or to a question worth answering, only if nobody opted out or muted, and only if neither the
 * channel nor the author heard from microsense recently. The free checks come first so that an
 * innocent message never touches a cooldown. Store failures propagate: without dedupe and
 * cooldowns, staying silent is the safe choice, and the caller does that.
 */
export async function handlePassiveMessage(turn: Turn): Promise<Reply[]> {
  const { event } = turn;
  await recordStat(turn, "scanned");
  const result = classifyText(turn, event.text);

  if (result.intent === "conflation") await recordStat(turn, `conflation.${result.kind ?? "equivalence"}`);
  if (!wantsReply(turn, result)) return [];

  if (await isOptedOut(turn, event.userId)) return [];
  if (await isChannelMuted(turn, event.channelId)) return [];

  const reply =
    result.intent === "conflation"
      ? composeClarification(
          event,
          result,
          await readChannelMode(turn, event.channelId),
          turn.replies,
          turn.settings,
        )
      : composeAnswer(result, turn.replies, event.eventId);
  if (reply === undefined) return [];
  if (!(await claimCooldowns(turn))) return [];

  await recordStat(turn, "replies");
  turn.log.info(
    { intent: result.intent, kind: result.kind, rules: result.evidence.map((item) => item.rule) },
    "replying to a message",
  );
  return [reply];
}

function wantsReply(turn: Turn, result: MatchResult): boolean {
  if (result.intent === "conflation") return true;
  return (
    result.intent === "question" &&
    turn.settings.answerQuestions &&
    (result.topic === "definition" || result.topic === "difference")
  );
}

/**
 * Takes the channel cooldown, then the user cooldown; if the second is taken, the first is given
 * back so that a person on cooldown does not silence the whole channel.
 */
async function claimCooldowns(turn: Turn): Promise<boolean> {
  const { event, settings, store, scope } = turn;
  const channelKey = stateKeys.channelCooldown(scope, event.channelId);
  const channelClaimed = settings.channelCooldownMs > 0;
  if (channelClaimed && !(await store.claim(channelKey, settings.channelCooldownMs))) {
    notifyObserver(turn, (observer) => observer.onCooldown?.("channel"));
    return false;
  }
  if (settings.userCooldownMs > 0) {
    const userKey = stateKeys.userCooldown(scope, event.userId);
    if (!(await store.claim(userKey, settings.userCooldownMs))) {
      if (channelClaimed) await store.delete(channelKey);
      notifyObserver(turn, (observer) => observer.onCooldown?.("user"));
      return false;
    }
  }
  return true;
}
