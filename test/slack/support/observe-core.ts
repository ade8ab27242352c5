import type { ConversationCore, IncomingEvent, Reply } from "../../../src/conversation/types";

/** A core wrapped so tests can see what reached it and hold it mid-turn; it works around any core. */
export interface ObservedCore extends ConversationCore {
  /** Every event handed to the core, in order. */
  readonly events: IncomingEvent[];
  /** "finished <eventId>" when a turn's handle() resolves, for ordering assertions. */
  readonly timeline: string[];
  /** Makes every handle() wait until the returned function is called. */
  hold(): () => void;
}

export function observeCore(inner: ConversationCore, timeline: string[] = []): ObservedCore {
  const events: IncomingEvent[] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    events,
    timeline,
    hold() {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => release();
    },
    async handle(event: IncomingEvent): Promise<readonly Reply[]> {
      events.push(event);
      await gate;
      const replies = await inner.handle(event);
      timeline.push(`finished ${event.eventId}`);
      return replies;
    },
  };
}
