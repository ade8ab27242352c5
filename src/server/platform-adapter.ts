import type { IncomingMessage, ServerResponse } from "node:http";

/** One HTTP route on the process's single server. Adapters contribute routes; the server owns the port. */
export interface Route {
  readonly method: "GET" | "POST";
  /** Exact path, e.g. "/slack/events". */
  readonly path: string;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/**
 * What the server needs from a platform adapter (Slack, Teams). The adapter owns everything
 * platform-specific; the server only mounts its routes and drives its lifecycle.
 */
export interface PlatformAdapter {
  readonly name: "slack" | "teams";
  readonly routes: readonly Route[];
  /** Opens long-lived connections (Socket Mode); resolves once connected. HTTP-only adapters resolve at once. */
  start(): Promise<void>;
  /** Stops taking new events, waits (bounded) for in-flight ones and closes connections. */
  stop(): Promise<void>;
  /** For /readyz: false with a reason while a required connection is down. */
  readiness(): { ready: true } | { ready: false; reason: string };
}

/**
 * Optional hooks an adapter calls so the server can count platform API trouble in its metrics.
 * `method` names the call, e.g. "chat.postEphemeral" or "sendActivity".
 */
export interface PlatformObserver {
  /** A platform API call failed for good (after the client's own retries). */
  onApiError?(method: string): void;
  /** A platform API call was retried (a 429 waited out, or a retry round). */
  onApiRetry?(method: string): void;
}
