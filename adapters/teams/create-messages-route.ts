import type { IncomingMessage, ServerResponse } from "node:http";
import type { CloudAdapter, TurnContext } from "botbuilder";
import type { Logger } from "pino";
import type { Route } from "../../src/server/platform-adapter";
import { toBotFrameworkRequest, toBotFrameworkResponse } from "./bot-framework-http-shim";

/** Activities are a few kilobytes; anything far bigger is not from the Bot Framework. */
const MAX_BODY_BYTES = 1_000_000;

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new BodyTooLargeError());
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function answer(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

function isActivityLike(body: unknown): body is Record<string, unknown> & { type: string } {
  return (
    typeof body === "object" &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { type?: unknown }).type === "string"
  );
}

export interface MessagesRouteDeps {
  readonly adapter: CloudAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
  /** With an app id, botbuilder checks every token; a request without any is turned away here already. */
  readonly authEnabled: boolean;
  /** Runs a turn so stop() can wait for it; returns undefined, without running it, once stopping. */
  readonly track: (turn: () => Promise<void>) => Promise<void> | undefined;
}

/** POST /api/messages: where the Bot Framework delivers every Teams activity. */
export function createMessagesRoute(deps: MessagesRouteDeps): Route {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let text: string;
    try {
      text = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        answer(response, 413, "The activity is too large.");
        request.resume();
        return;
      }
      throw error;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      answer(response, 400, "The body is not JSON; the Bot Framework posts one activity as JSON.");
      return;
    }
    if (!isActivityLike(body)) {
      answer(response, 400, "The body is not a Bot Framework activity: it needs a string `type`.");
      return;
    }
    if (deps.authEnabled && !request.headers.authorization) {
      deps.logger.warn("Rejected a Teams request without a Bot Framework token");
      answer(response, 401, "A Bot Framework bearer token is required.");
      return;
    }
    const activity = body;
    const turn = deps.track(() =>
      deps.adapter.process(
        toBotFrameworkRequest(request, activity),
        toBotFrameworkResponse(response),
        deps.logic,
      ),
    );
    if (turn === undefined) {
      answer(response, 503, "microsense is shutting down; the Bot Framework will retry.");
      return;
    }
    try {
      await turn;
    } catch (error) {
      deps.logger.error({ err: error }, "The Bot Framework adapter failed on a Teams request");
      answer(response, 500, "The activity could not be processed.");
    }
  }
  return { method: "POST", path: "/api/messages", handle };
}
