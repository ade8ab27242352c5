import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ConnectorRoute =
  | "createConversation"
  | "sendToConversation"
  | "replyToActivity"
  | "updateActivity";

export interface ConnectorCall {
  readonly route: ConnectorRoute;
  readonly method: string;
  /** Decoded, e.g. /v3/conversations/19:abc@thread.tacv2;messageid=1/activities/1 */
  readonly path: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  readonly body: Record<string, unknown>;
  readonly status: number;
  /** The id the connector gave the new conversation or activity, as Teams would. */
  readonly responseId?: string;
}

export interface FakeConnector {
  /** The serviceUrl to put in activities, with the trailing slash Teams uses. */
  readonly serviceUrl: string;
  readonly calls: ConnectorCall[];
  /** Calls that the connector accepted (2xx): what reached Teams. */
  delivered(): ConnectorCall[];
  /** Answers the next `count` calls with 429 and this Retry-After (seconds). */
  throttleNext(count: number, retryAfterSeconds: number): void;
  /** Answers POST /v3/conversations with this status from now on (e.g. 403 when the app is not installed). */
  failCreateConversation(status: number): void;
  close(): Promise<void>;
}

function route(method: string, segments: readonly string[]): ConnectorRoute | undefined {
  const [v3, conversations, , activities, activityId, extra] = segments;
  if (v3 !== "v3" || conversations !== "conversations" || extra !== undefined) return undefined;
  if (segments.length === 2 && method === "POST") return "createConversation";
  if (activities !== "activities") return undefined;
  if (activityId === undefined && method === "POST") return "sendToConversation";
  if (activityId !== undefined && method === "POST") return "replyToActivity";
  if (activityId !== undefined && method === "PUT") return "updateActivity";
  return undefined;
}

/** The channel a create-conversation call posts into, when it is a channel post. */
function channelOf(body: Record<string, unknown>): string | undefined {
  const channelData = body.channelData as { channel?: { id?: unknown } } | undefined;
  const id = channelData?.channel?.id;
  return body.isGroup === true && typeof id === "string" ? id : undefined;
}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      resolve(text === "" ? {} : (JSON.parse(text) as Record<string, unknown>));
    });
    request.on("error", reject);
  });
}

/** The Bot Framework connector routes a bot calls, on 127.0.0.1, recording every call. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let throttled = 0;
  let retryAfter = 0;
  let createStatus = 200;
  let counter = 0;

  function respond(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  }

  const server = createServer((request, response) => {
    void readJson(request).then((body) => {
      const method = request.method ?? "GET";
      const rawSegments = (request.url ?? "/").split("?")[0]?.split("/").filter(Boolean) ?? [];
      const segments = rawSegments.map((segment) => decodeURIComponent(segment));
      const kind = route(method, segments);
      const path = `/${segments.join("/")}`;
      if (kind === undefined) {
        respond(response, 404, { error: { code: "NotFound", message: `${method} ${path}` } });
        return;
      }
      let status = kind === "createConversation" ? createStatus : 200;
      if (throttled > 0) {
        throttled--;
        status = 429;
      }
      const [, , conversationId, , activityId] = segments;
      let responseId: string | undefined;
      let createdActivityId: string | undefined;
      const channel = channelOf(body);
      if (status < 300) {
        counter++;
        const newActivityId = `17000000${String(counter).padStart(5, "0")}`;
        if (kind === "createConversation" && channel !== undefined) {
          // A new channel post: Teams answers with the thread's conversation id and the post's id.
          responseId = `${channel};messageid=${newActivityId}`;
          createdActivityId = newActivityId;
        } else if (kind === "createConversation") responseId = `a:1DirectChat${counter}`;
        else if (kind === "updateActivity") responseId = activityId;
        else responseId = newActivityId;
      }
      calls.push({
        route: kind,
        method,
        path,
        body,
        status,
        ...(conversationId === undefined ? {} : { conversationId }),
        ...(activityId === undefined ? {} : { activityId }),
        ...(responseId === undefined ? {} : { responseId }),
      });
      if (status === 429) {
        respond(response, 429, { error: { code: "Throttled" } }, { "Retry-After": String(retryAfter) });
      } else if (status >= 300) {
        respond(response, status, {
          error: { code: "Forbidden", message: "The bot is not installed for the user" },
        });
      } else {
        const created = createdActivityId === undefined ? {} : { activityId: createdActivityId };
        respond(response, kind === "updateActivity" ? 200 : 201, { id: responseId, ...created });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    delivered: () => calls.filter((call) => call.status < 300),
    throttleNext(count, retryAfterSeconds) {
      throttled = count;
      retryAfter = retryAfterSeconds;
    },
    failCreateConversation(status) {
      createStatus = status;
    },
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
