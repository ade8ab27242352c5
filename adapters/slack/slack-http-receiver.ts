import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type App,
  type Logger as BoltLogger,
  HTTPModuleFunctions,
  HTTPResponseAck,
  isRawBodyError,
  type Receiver,
} from "@slack/bolt";
import type { WorkTracker } from "./work-tracker";

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly logger: BoltLogger;
  readonly work: WorkTracker;
  readonly bodyLimitBytes?: number;
}

/**
 * A Bolt Receiver that is a request handler on somebody else's HTTP server: the server owns the port and
 * calls handle() for POST /slack/events. It keeps Bolt's own signature check (v0 HMAC-SHA256 over
 * "v0:timestamp:body", five-minute window) and Bolt's ack object, and acknowledges before the listeners'
 * slow work, which Slack needs within three seconds.
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

  /** Resolves once the HTTP response is sent; the work behind it goes on and is tracked. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const responded = new Promise<void>((resolve) => {
      response.once("finish", resolve);
      response.once("close", resolve);
    });
    const app = this.app;
    if (!this.accepting || app === undefined) {
      HTTPModuleFunctions.buildNoBodyResponse(response, 503);
      return responded;
    }
    const { logger } = this.options;
    let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
        {
          signingSecret: this.options.signingSecret,
          logger,
          bodyLimit: this.options.bodyLimitBytes ?? 1024 * 1024,
        },
        request,
      );
    } catch (error) {
      const tooLarge = isRawBodyError(error) && error.statusCode === 413;
      logger.warn(tooLarge ? "Slack request body too large" : `Rejected a request: ${describe(error)}`);
      HTTPModuleFunctions.buildNoBodyResponse(response, tooLarge ? 413 : 401);
      return responded;
    }

    const body = parseBody(buffered);
    if (body === undefined) {
      logger.warn("Rejected a signed request whose body is not a Slack payload");
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return responded;
    }
    if (body.ssl_check === "1") {
      HTTPModuleFunctions.buildSSLCheckResponse(response);
      return responded;
    }
    if (body.type === "url_verification") {
      HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
      return responded;
    }

    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: response,
    });
    const retryNum = HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request);
    const retryReason = HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request);
    const work = app
      .processEvent({
        body,
        ack: ack.bind(),
        ...(retryNum !== undefined && { retryNum }),
        ...(retryReason !== undefined && { retryReason }),
      })
      .then(
        // Nobody acknowledged (a payload type without a listener): say so now rather than after 3 seconds.
        () => finishUnanswered(ack, response, 200),
        (error: unknown) => {
          logger.error(`Bolt failed while processing a request: ${describe(error)}`);
          finishUnanswered(ack, response, 500);
        },
      );
    this.options.work.track(work);
    return responded;
  }
}

type SlackBody = Record<string, unknown>;

/** Events and interactivity are JSON objects with a `type`; slash commands are form fields with `command`. */
function parseBody(
  request: Parameters<typeof HTTPModuleFunctions.parseHTTPRequestBody>[0],
): SlackBody | undefined {
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(request);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const candidate = body as SlackBody;
  const recognised =
    typeof candidate.type === "string" ||
    typeof candidate.command === "string" ||
    candidate.ssl_check === "1";
  return recognised ? candidate : undefined;
}

function finishUnanswered(ack: HTTPResponseAck, response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  ack.ack();
  HTTPModuleFunctions.buildNoBodyResponse(response, status);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
