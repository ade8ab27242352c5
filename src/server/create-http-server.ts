import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../observability/create-logger";
import type { Route } from "./platform-adapter";

/**
 * Largest request body any route accepts. Slack events and Teams activities are a few kilobytes; even a
 * 40,000-character message with its rich-text blocks stays far below this, so anything bigger is not a
 * platform talking to us.
 */
export const MAX_BODY_BYTES = 512 * 1024;

/** Media types a platform posts: Slack events and Teams activities as JSON, Slack interactivity as a form. */
const POST_MEDIA_TYPES = new Set(["application/json", "application/x-www-form-urlencoded"]);

/**
 * Longer than the idle timeout of common load balancers (60 s), so the balancer, not us, closes idle
 * keep-alive connections; otherwise it may send a request on a socket we are closing and answer 502.
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const HEADERS_TIMEOUT_MS = 66_000;
/** A whole request, body included; a client trickling bytes cannot hold a socket longer. */
const REQUEST_TIMEOUT_MS = 70_000;

export interface HttpServerOptions {
  readonly maxBodyBytes?: number;
}

/**
 * The process's single HTTP server: platform routes plus whatever built-in routes the caller adds.
 * Before a route sees a request the server turns away what no platform sends: bodies over the limit
 * (413), POST bodies of another media type (415), unknown paths (404) and wrong methods (405), each
 * with a JSON reason. A route that throws gets 500 without taking the process down.
 */
export function createHttpServer(
  routes: readonly Route[],
  logger: Logger,
  options: HttpServerOptions = {},
): Server {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const table = new Map<string, Route>();
  for (const route of routes) table.set(`${route.method} ${route.path}`, route);
  const paths = new Set(routes.map((route) => route.path));

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    drainWhenAnswered(request, response);
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    // HEAD is GET without a body (node drops the body itself), so probes may use either.
    const method = request.method === "HEAD" ? "GET" : (request.method ?? "GET");
    const route = table.get(`${method} ${path}`);
    if (!route) {
      const status = paths.has(path) ? 405 : 404;
      sendJson(response, status, { error: status === 404 ? "not found" : "method not allowed" });
      return;
    }
    const refusal = refuse(request, route, maxBodyBytes);
    if (refusal !== undefined) {
      logger.warn({ path, status: refusal.status }, "Refused a request before its route");
      response.shouldKeepAlive = false;
      sendJson(response, refusal.status, refusal.body);
      return;
    }
    route.handle(request, response).catch((error: unknown) => {
      logger.error({ err: error, path }, "A route failed");
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
      else response.end();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return server;
}

interface Refusal {
  readonly status: 413 | 415;
  readonly body: Record<string, unknown>;
}

function refuse(request: IncomingMessage, route: Route, maxBodyBytes: number): Refusal | undefined {
  const length = Number(request.headers["content-length"] ?? "0");
  if (length > maxBodyBytes) {
    return { status: 413, body: { error: "request body too large", limitBytes: maxBodyBytes } };
  }
  if (route.method !== "POST") return undefined;
  const mediaType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (POST_MEDIA_TYPES.has(mediaType)) return undefined;
  return {
    status: 415,
    body: {
      error: `unsupported content type "${mediaType}"`,
      accepted: [...POST_MEDIA_TYPES],
    },
  };
}

/**
 * A route may answer before reading the whole body (too large, not signed) and leave the request paused.
 * Reading the rest keeps the connection usable and frees the client, who would otherwise wait until the
 * request timeout; a body larger than any limit is still bounded by that timeout.
 */
function drainWhenAnswered(request: IncomingMessage, response: ServerResponse): void {
  response.once("finish", () => {
    if (!request.complete && !request.destroyed) request.resume();
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}
