import { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { PlatformObserver } from "../../src/server/platform-adapter";

/**
 * Tells the server's observer about Slack API trouble, named by Web API method ("chat.postEphemeral") or
 * "response_url". An observer that throws is logged and otherwise ignored: metrics must never stop a reply.
 */
export class ApiReporter {
  constructor(
    private readonly observer: PlatformObserver,
    private readonly logger: Logger,
  ) {}

  /** A call failed for good: Slack refused it, or the client gave up after its own retries. */
  failed(method: string): void {
    this.notify(method, (observer) => observer.onApiError?.(method));
  }

  retried(method: string): void {
    this.notify(method, (observer) => observer.onApiRetry?.(method));
  }

  /**
   * Counts each 429 the client waits out before retrying. The client also retries after a 5xx or a
   * network error, but its retry options (node-retry's) offer no hook that names the method, so those
   * rounds only show up as a failure if the last one fails too.
   */
  watch(client: webApi.WebClient): void {
    client.on(webApi.WebClientEvent.RATE_LIMITED, (_retryAfterSeconds: unknown, request: unknown) => {
      this.retried(methodOf(request));
    });
  }

  private notify(method: string, call: (observer: PlatformObserver) => void): void {
    try {
      call(this.observer);
    } catch (error) {
      this.logger.warn({ err: error, method }, "the platform observer threw; ignoring it");
    }
  }
}

/** The client names the request by URL: ".../api/chat.postMessage" is the method chat.postMessage. */
function methodOf(request: unknown): string {
  const url = typeof request === "object" && request !== null && "url" in request ? String(request.url) : "";
  const method = url.split("?")[0]?.split("/").pop();
  return method === undefined || method === "" ? "unknown" : method;
}
