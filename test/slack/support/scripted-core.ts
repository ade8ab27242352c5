import type { ConversationCore, EventKind, Reply } from "../../../src/conversation/types";

/**
 * A core that answers every event of the given kinds (not from bots) with fixed replies. For delivery
 * rules that belong to the adapter, whatever the real core would say.
 */
export function scriptedCore(
  replies: readonly Reply[],
  kinds: readonly EventKind[] = ["message", "action", "command"],
): ConversationCore {
  return {
    handle: async (event) => (event.fromBot === true || !kinds.includes(event.kind) ? [] : replies),
  };
}
