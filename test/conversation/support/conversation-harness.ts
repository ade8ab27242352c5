import pino from "pino";
import type { ConversationObserver } from "../../../src/conversation/conversation-observer";
import type { ConversationSettings } from "../../../src/conversation/conversation-settings";
import { createConversationCore } from "../../../src/conversation/create-conversation-core";
import type { ConversationCore, IncomingEvent, Reply } from "../../../src/conversation/types";
import type { Matcher } from "../../../src/matcher/types";
import type { QuizDefinition } from "../../../src/questionnaire/types";
import { createMemoryStateStore } from "../../../src/state/memory-state-store";
import type { StateStore } from "../../../src/state/state-store";
import { QUIZ_FIXTURE } from "./quiz-fixture";

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

/** Starts on a fixed instant so day-based counters are deterministic. */
export function createTestClock(start = Date.UTC(2025, 2, 10, 9, 0, 0)): TestClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

export type EventInput = Partial<IncomingEvent> & Pick<IncomingEvent, "text">;

export interface Harness {
  readonly core: ConversationCore;
  readonly clock: TestClock;
  readonly store: StateStore;
  /** Sends an event with defaults (Slack, T1, #C1, U1, kind message, a fresh event id). */
  send(event: EventInput): Promise<readonly Reply[]>;
  /** Presses a choice of an earlier reply, as user U1 unless told otherwise. */
  press(
    reply: Reply | undefined,
    label: string,
    overrides?: Partial<IncomingEvent>,
  ): Promise<readonly Reply[]>;
}

export interface HarnessOptions {
  readonly matcher: Matcher;
  readonly settings?: Partial<ConversationSettings>;
  readonly store?: StateStore;
  readonly clock?: TestClock;
  readonly questionnaire?: QuizDefinition;
  readonly observer?: ConversationObserver;
}

let sequence = 0;

/** A fresh event id per call, unique across harnesses so shared-Redis tests never collide. */
export function nextEventId(): string {
  sequence += 1;
  return `ev-${process.pid}-${Date.now()}-${sequence}`;
}

export function createHarness(options: HarnessOptions): Harness {
  const clock = options.clock ?? createTestClock();
  const store = options.store ?? createMemoryStateStore({ now: clock.now });
  const core = createConversationCore({
    matcher: options.matcher,
    store,
    questionnaire: options.questionnaire ?? QUIZ_FIXTURE,
    settings: options.settings ?? {},
    logger: pino({ level: "silent" }),
    now: clock.now,
    ...(options.observer === undefined ? {} : { observer: options.observer }),
  });
  const send = (event: EventInput): Promise<readonly Reply[]> => core.handle(buildEvent(event));
  return {
    core,
    clock,
    store,
    send,
    press: (reply, label, overrides = {}) => {
      const choice = reply?.choices?.find((candidate) => candidate.label === label);
      if (choice === undefined) throw new Error(`No choice labelled "${label}" on ${JSON.stringify(reply)}`);
      return send({
        kind: "action",
        text: "",
        channelId: reply?.delivery === "dm" ? "D-U1" : "C1",
        action: { actionId: choice.actionId, value: choice.value },
        ...overrides,
      });
    },
  };
}

export function buildEvent(event: EventInput): IncomingEvent {
  return {
    platform: "slack",
    workspaceId: "T1",
    channelId: "C1",
    userId: "U1",
    eventId: nextEventId(),
    kind: "message",
    ...event,
  };
}

/** The one reply with this purpose, failing loudly otherwise. */
export function only(replies: readonly Reply[], purpose: string): Reply {
  const found = replies.filter((reply) => reply.purpose === purpose);
  const [first] = found;
  if (found.length !== 1 || first === undefined) {
    throw new Error(`Expected one "${purpose}" reply, got ${JSON.stringify(replies.map((r) => r.purpose))}`);
  }
  return first;
}
