import type { IncomingMessage } from "node:http";

export type BodyOutcome = Buffer | "too large" | "aborted";

/**
 * Collects a request body up to `limitBytes`, also when it comes chunked without a Content-Length. Past
 * the limit the rest is not kept (the server drains it once answered). Never rejects.
 */
export function readRequestBody(request: IncomingMessage, limitBytes: number): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limitBytes) {
        finish("too large");
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      // A Slack request is one chunk of a few kilobytes, so the copy of concat is the exception.
      finish(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    // "close" before "end": the client went away mid-body.
    const onAborted = (): void => finish("aborted");
    const finish = (outcome: BodyOutcome): void => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onAborted);
      request.off("close", onAborted);
      if (outcome === "too large") request.pause();
      resolve(outcome);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onAborted);
    request.on("close", onAborted);
  });
}
