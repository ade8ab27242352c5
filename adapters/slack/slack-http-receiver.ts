import type { IncomingMessage, ServerResponse } from "node:http";
import type { AckFn, App, Logger as BoltLogger, Receiver, ReceiverEvent } from "@slack/bolt";
import { isFormEncoded, type ParsedSlackBody, parseSlackBody } from "./parse-slack-body";
import { readRequestBody } from "./read-request-body";
import { verifySlackSignature } from "./verify-slack-signature";
import type { WorkTracker } from "./work-tracker";

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly logger: BoltLogger;
  readonly work: WorkTracker;
  readonly bodyLimitBytes?: number;
}

/**
 * A Bolt Receiver that is a request handler on somebody else's HTTP server: the server owns the port and
 * calls handle() for POST /slack/events. It reads each body once, checks Slack's v0 signature (HMAC-SHA256
 * over "v0:timestamp:body", five-minute window), parses it once and hands it to Bolt. An Events API
 * request is answered 200 before Bolt sees it: Slack wants the answer within three seconds and it carries
 * nothing, so no listener work (and no backlog of it) can make it late. Commands and clicks are answered
 * by their listener's ack().
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private accepting = false;

  constructor(private readonly options: SlackHttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    this.accepting = true;
  }

  async stop(): Promise<void> {
    this.accepting = false;
  }

  /** Resolves once the request is answered or handed to Bolt; the work behind it goes on and is tracked. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { app } = this;
    if (!this.accepting || app === undefined) {
      answer(response, 503);
      return;
    }
    const { logger } = this.options;
    const raw = await readRequestBody(request, this.options.bodyLimitBytes ?? 1024 * 1024);
    // The client went away before the body was complete: nobody is left to answer.
    if (raw === "aborted") return;
    if (raw === "too large") {
      logger.warn("Slack request body too large");
      answer(response, 413);
      return;
    }
    const contentType = request.headers["content-type"];
    // Only form bodies are parsed before the signature check: ssl_check comes unsigned, as a form field.
    let parsed: ParsedSlackBody | undefined = isFormEncoded(contentType)
      ? parseSlackBody(raw, contentType)
      : undefined;
    if (parsed?.kind === "ssl_check") {
      answer(response, 200);
      return;
    }
    const problem = verifySlackSignature(this.options.signingSecret, {
      timestamp: header(request, "x-slack-request-timestamp"),
      signature: header(request, "x-slack-signature"),
      body: raw,
    });
    if (problem !== undefined) {
      logger.warn(`Rejected a request: ${problem}`);
      answer(response, 401);
      return;
    }
    parsed ??= parseSlackBody(raw, contentType);
    if (parsed.kind !== "payload") {
      logger.warn("Rejected a signed request whose body is not a Slack payload");
      answer(response, 400);
      return;
    }
    const { body } = parsed;
    if (body.type === "url_verification") {
      answerJson(response, { challenge: body.challenge });
      return;
    }
    const { work } = this.options;
    if (body.type !== "event_callback") {
      work.track(this.dispatch(app, request, response, body));
      return;
    }
    answer(response, 200);
    // After the requests that have arrived meanwhile are answered too: under a burst, every answer goes
    // out before any listener work, instead of each waiting for the turns that arrived before it.
    work.track(
      new Promise<void>((resolve) => {
        setImmediate(() => resolve(this.dispatch(app, request, response, body)));
      }),
    );
  }

  private dispatch(
    app: App,
    request: IncomingMessage,
    response: ServerResponse,
    body: Record<string, unknown>,
  ): Promise<void> {
    const { logger } = this.options;
    const retryNum = Number.parseInt(header(request, "x-slack-retry-num") ?? "", 10);
    const retryReason = header(request, "x-slack-retry-reason");
    const event: ReceiverEvent = {
      body,
      ack: ackFor(response),
      ...(Number.isInteger(retryNum) && { retryNum }),
      ...(retryReason !== undefined && { retryReason }),
    };
    return app.processEvent(event).then(
      // Nobody acknowledged (a payload type without a listener): say so now rather than after 3 seconds.
      () => answer(response, 200),
      (error: unknown) => {
        logger.error(`Bolt failed while processing a request: ${describe(error)}`);
        answer(response, 500);
      },
    );
  }
}

/** Bolt's ack(): the first call answers (with the listener's body, when it gives one); later calls change nothing. */
function ackFor(response: ServerResponse): AckFn<unknown> {
  return async (reply?: unknown) => {
    if (response.headersSent) return;
    if (reply === undefined || reply === "" || reply === null) answer(response, 200);
    else if (typeof reply === "string") response.writeHead(200).end(reply);
    else answerJson(response, reply);
  };
}

function answer(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-length": 0 });
  response.end();
}

function answerJson(response: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
