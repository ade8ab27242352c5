import type { ConversationCore } from "../conversation/types";
import type { Metrics } from "../observability/metrics";

/** Counts every event and reply and times each turn, without the core or the adapters knowing. */
export function instrumentCore(core: ConversationCore, metrics: Metrics): ConversationCore {
  return {
    async handle(event) {
      metrics.eventsReceived.inc({ platform: event.platform, type: event.kind });
      const stop = metrics.eventHandlingSeconds.startTimer({ platform: event.platform });
      try {
        const replies = await core.handle(event);
        for (const reply of replies)
          metrics.repliesSent.inc({ platform: event.platform, mode: reply.delivery });
        return replies;
      } finally {
        stop();
      }
    },
  };
}
