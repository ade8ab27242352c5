import type { Platform } from "../conversation/types";

/**
 * Every key the conversation core writes, in one place so the layout can be read (and audited for
 * "no message text") at a glance. Keys start with platform and workspace, so two Slack teams, or a
 * Slack team and a Teams tenant, can never see each other's state. Ids are URI-encoded because Teams
 * conversation ids contain ":" and ";" and must not be able to forge another key's shape.
 *
 *   <platform>:<workspace>:event:<eventId>               dedupe claim, ~15 min
 *   <platform>:<workspace>:cooldown:channel:<channelId>  claim, channel cooldown
 *   <platform>:<workspace>:cooldown:user:<userId>        claim, user cooldown
 *   <platform>:<workspace>:mute:<channelId>              muted-until (epoch ms), TTL = mute length
 *   <platform>:<workspace>:mode:<channelId>              ephemeral | thread | dm, no TTL
 *   <platform>:<workspace>:optout:<userId>               "1", no TTL
 *   <platform>:<workspace>:quiz:<userId>                 questionnaire state JSON, TTL = quiz TTL
 *   <platform>:<workspace>:report:<userId>:<messageRef>  claim, one "not helpful" per user and reply
 *   <platform>:<workspace>:count:<yyyy-mm-dd>:<counter>  per-day counter, ~40 days
 */

/** The namespace every key lives in. */
export interface KeyScope {
  readonly platform: Platform;
  readonly workspaceId: string;
}

/** Counters kept per day; the stats command sums them over 7 and 30 days. */
export const COUNTER_NAMES = [
  "scanned",
  "conflation.equivalence",
  "conflation.wrong_sense",
  "conflation.implication",
  "replies",
  "not_helpful",
  "quiz.started",
  "quiz.completed",
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Long enough for the 30-day stats plus a margin for clock skew between processes. */
export const COUNTER_TTL_MS = 40 * DAY_MS;
/** One "not helpful" per user and reply is plenty; after a day a second click counts again. */
export const REPORT_TTL_MS = DAY_MS;

function part(id: string): string {
  return encodeURIComponent(id);
}

function base(scope: KeyScope): string {
  return `${scope.platform}:${part(scope.workspaceId)}`;
}

/** The UTC calendar day of an instant, as used in counter keys: "2025-03-07". */
export function dayStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The day stamps of the `days` days ending with the day of `epochMs`, newest first. */
export function recentDayStamps(epochMs: number, days: number): string[] {
  const stamps: string[] = [];
  for (let back = 0; back < days; back += 1) stamps.push(dayStamp(epochMs - back * DAY_MS));
  return stamps;
}

export const stateKeys = {
  dedupe: (scope: KeyScope, eventId: string): string => `${base(scope)}:event:${part(eventId)}`,
  channelCooldown: (scope: KeyScope, channelId: string): string =>
    `${base(scope)}:cooldown:channel:${part(channelId)}`,
  userCooldown: (scope: KeyScope, userId: string): string => `${base(scope)}:cooldown:user:${part(userId)}`,
  mute: (scope: KeyScope, channelId: string): string => `${base(scope)}:mute:${part(channelId)}`,
  mode: (scope: KeyScope, channelId: string): string => `${base(scope)}:mode:${part(channelId)}`,
  optOut: (scope: KeyScope, userId: string): string => `${base(scope)}:optout:${part(userId)}`,
  quiz: (scope: KeyScope, userId: string): string => `${base(scope)}:quiz:${part(userId)}`,
  report: (scope: KeyScope, userId: string, messageRef: string): string =>
    `${base(scope)}:report:${part(userId)}:${part(messageRef)}`,
  share: (scope: KeyScope, userId: string, channelId: string, resultId: string): string =>
    `${base(scope)}:share:${part(userId)}:${part(channelId)}:${part(resultId)}`,
  counter: (scope: KeyScope, day: string, name: CounterName): string => `${base(scope)}:count:${day}:${name}`,
} as const;
