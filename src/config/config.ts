import type { DeliveryMode } from "../conversation/types";

/** Everything microsense reads from the environment, validated and grouped. Built only by `loadConfig`. */
export interface Config {
  /** "console" when neither Slack nor Teams is configured: the bot then talks to the terminal. */
  readonly mode: "console" | "platforms";
  readonly server: ServerConfig;
  readonly slack?: SlackConfig;
  readonly teams?: TeamsConfig;
  /** Absent: state lives in memory and is lost on restart. */
  readonly redis?: RedisConfig;
  /** Prepended to every state key, so several bots can share one Redis. */
  readonly keyPrefix: string;
  readonly behaviour: BehaviourConfig;
  readonly log: LogConfig;
  readonly console: ConsoleConfig;
}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
}

interface SlackCommonConfig {
  /** Bot User OAuth Token, xoxb-... */
  readonly botToken: string;
  /** Base URL of the Web API ending with "/", for a proxy or a fake; absent means Slack's own. */
  readonly apiUrl?: string;
  /** Emoji name without colons; when present the bot also reacts to flagged messages. */
  readonly reactionEmoji?: string;
}

/** Events arrive over HTTP at /slack/events and are verified with the signing secret. */
export interface SlackHttpConfig extends SlackCommonConfig {
  readonly mode: "http";
  readonly signingSecret: string;
}

/** Events arrive over a WebSocket the bot opens with the app-level token; no public URL needed. */
export interface SlackSocketConfig extends SlackCommonConfig {
  readonly mode: "socket";
  /** App-level token, xapp-... */
  readonly appToken: string;
  readonly signingSecret?: string;
}

export type SlackConfig = SlackHttpConfig | SlackSocketConfig;

/** TEAMS_LOCAL=1: /api/messages accepts unauthenticated calls from the Emulator or Agents Playground. */
export interface TeamsLocalConfig {
  readonly auth: "none";
}

export interface TeamsSingleTenantConfig {
  readonly auth: "SingleTenant";
  readonly appId: string;
  readonly appPassword: string;
  readonly tenantId: string;
}

/** The bot authenticates as a user-assigned managed identity whose client id is `appId`. */
export interface TeamsManagedIdentityConfig {
  readonly auth: "UserAssignedMSI";
  readonly appId: string;
  readonly tenantId: string;
}

export type TeamsConfig = TeamsLocalConfig | TeamsSingleTenantConfig | TeamsManagedIdentityConfig;

export interface RedisConfig {
  /** redis:// or rediss:// URL, credentials included. Never log it. */
  readonly url: string;
}

export interface BehaviourConfig {
  /** Quiet time in a channel after a clarification; 0 disables it. */
  readonly channelCooldownMs: number;
  /** Quiet time towards one person after a clarification; 0 disables it. */
  readonly userCooldownMs: number;
  readonly defaultDeliveryMode: DeliveryMode;
  /** Whether questions about the two terms get an answer, not only confusions. */
  readonly answerQuestions: boolean;
  /** How long an unfinished questionnaire is kept. */
  readonly quizTtlMs: number;
  /** How long an event id is remembered to drop platform retries. */
  readonly dedupeTtlMs: number;
  /** How long shutdown waits for in-flight events before closing anyway. */
  readonly shutdownTimeoutMs: number;
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogConfig {
  readonly level: LogLevel;
  /** "json": one JSON object per line. "pretty": one short human-readable line per entry. */
  readonly format: LogFormat;
}

/** Who "you" are and where "you" talk when the bot runs in the terminal. */
export interface ConsoleConfig {
  readonly user: string;
  readonly channel: string;
}
