import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Route } from "../../../src/server/platform-adapter";
import type { JsonObject } from "./fake-slack-api";

export const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";

/** A request body the way Slack sends it, before signing. */
export interface SlackRequest {
  readonly body: string;
  readonly contentType: string;
}

export function eventRequest(envelope: unknown): SlackRequest {
  return { body: JSON.stringify(envelope), contentType: "application/json" };
}

export function commandRequest(fields: Readonly<Record<string, string>>): SlackRequest {
  return { body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

export function interactionRequest(payload: unknown): SlackRequest {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

/** Slack's request signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
export function slackSignature(secret: string, timestampSeconds: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestampSeconds}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  readonly secret?: string;
  readonly timestampSeconds?: number;
  /** Overrides the computed signature; null sends none. */
  readonly signature?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SlackResponse {
  readonly status: number;
  readonly text: string;
}

/** POSTs to the adapter the way Slack does: signed, with Slack's headers. */
export async function sendSigned(
  url: string,
  request: SlackRequest,
  options: SendOptions = {},
): Promise<SlackResponse> {
  const timestamp = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature === undefined
      ? slackSignature(options.secret ?? signingSecret, timestamp, request.body)
      : options.signature;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": request.contentType,
      "x-slack-request-timestamp": String(timestamp),
      ...(signature !== null && { "x-slack-signature": signature }),
      ...options.headers,
    },
    body: request.body,
  });
  return { status: response.status, text: await response.text() };
}

/** A stand-in for the lead's server: one port, each route's handle() called for its method and path. */
export async function serveRoutes(
  routes: readonly Route[],
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = routes.find((candidate) => candidate.method === request.method && candidate.path === path);
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    route.handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A payload fixture from test/slack/fixtures, parsed fresh for every call so tests may change it. */
export function fixture(name: string): JsonObject {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", name), "utf8")) as JsonObject;
}

/** An event_callback fixture with fields of its inner event replaced. */
export function eventFixture(
  name: string,
  patch: JsonObject = {},
  envelopePatch: JsonObject = {},
): JsonObject {
  const envelope = fixture(name);
  return { ...envelope, ...envelopePatch, event: { ...(envelope.event as JsonObject), ...patch } };
}
