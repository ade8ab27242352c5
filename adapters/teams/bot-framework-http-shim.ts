import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, Response } from "botbuilder";

/**
 * CloudAdapter.process expects an Express/Restify-shaped pair: a request with the JSON body already
 * parsed, and a response with status/header/send/end. These wrap node's own objects.
 */
export function toBotFrameworkRequest(request: IncomingMessage, body: Record<string, unknown>): Request {
  return { method: request.method ?? "POST", headers: request.headers, body };
}

export function toBotFrameworkResponse(response: ServerResponse): Response {
  return {
    socket: response.socket,
    status(code: unknown) {
      if (typeof code === "number") response.statusCode = code;
    },
    header(name: unknown, value: unknown) {
      if (typeof name === "string") response.setHeader(name, String(value));
    },
    send(...args: unknown[]) {
      const [body] = args;
      if (body === undefined || body === null || response.writableEnded) return;
      if (typeof body === "string" || Buffer.isBuffer(body)) {
        response.write(body);
        return;
      }
      if (!response.headersSent) response.setHeader("content-type", "application/json; charset=utf-8");
      response.write(JSON.stringify(body));
    },
    end() {
      if (!response.writableEnded) response.end();
    },
  };
}
