import { request } from "node:http";

export interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Send the body with Transfer-Encoding: chunked (no Content-Length), in pieces of this size. */
  readonly chunkBytes?: number;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

/**
 * One request over a fresh connection with full control of method, headers and body (fetch refuses a
 * GET with a body and always sets its own framing). Resolves with the response even when the server
 * answers before the body is sent and the rest of the upload fails.
 */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const chunked = options.chunkBytes !== undefined;
    const headers: Record<string, string> = { connection: "close", ...options.headers };
    if (body !== undefined && !chunked) headers["content-length"] = String(body.length);
    if (chunked) headers["transfer-encoding"] = "chunked";
    let answered = false;
    const outgoing = request(options.url, { method: options.method, headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    outgoing.on("error", (error) => {
      // EPIPE or ECONNRESET after the answer arrived: the server stopped reading a body it had refused.
      if (!answered) reject(error);
    });
    if (body === undefined) {
      outgoing.end();
      return;
    }
    if (!chunked) {
      outgoing.end(body);
      return;
    }
    const size = options.chunkBytes ?? body.length;
    for (let offset = 0; offset < body.length; offset += size)
      outgoing.write(body.subarray(offset, offset + size));
    outgoing.end();
  });
}
