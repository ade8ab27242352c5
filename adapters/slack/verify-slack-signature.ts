import { createHmac, timingSafeEqual } from "node:crypto";

export interface SignedRequest {
  /** The x-slack-request-timestamp header: epoch seconds. */
  readonly timestamp: string | undefined;
  /** The x-slack-signature header: "v0=" and 64 hex digits. */
  readonly signature: string | undefined;
  /** The body exactly as received. */
  readonly body: Buffer;
}

/** Slack's replay window: a signed request older (or newer) than this is refused. */
const MAX_SKEW_SECONDS = 5 * 60;
const VERSION_PREFIX = "v0=";
const SHA256_HEX_LENGTH = 64;

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 of "v0:<timestamp>:<body>" under the signing secret,
 * with the timestamp within five minutes of `nowMs`. Returns why the request is refused, or undefined when
 * it is genuine. One HMAC and a constant-time comparison of the raw digests; the body is hashed as bytes,
 * never copied into a string.
 */
export function verifySlackSignature(
  secret: string,
  request: SignedRequest,
  nowMs: number = Date.now(),
): string | undefined {
  const { timestamp, signature } = request;
  if (timestamp === undefined || signature === undefined) return "the signature headers are missing";
  const seconds = Number(timestamp);
  if (!Number.isSafeInteger(seconds)) return "x-slack-request-timestamp is not a number of seconds";
  if (Math.abs(nowMs / 1000 - seconds) > MAX_SKEW_SECONDS) {
    return "x-slack-request-timestamp is more than five minutes off: a replay, or this machine's clock is wrong";
  }
  if (
    !signature.startsWith(VERSION_PREFIX) ||
    signature.length !== VERSION_PREFIX.length + SHA256_HEX_LENGTH
  ) {
    return "x-slack-signature is not a v0 signature";
  }
  const given = Buffer.from(signature.slice(VERSION_PREFIX.length), "hex");
  // Buffer.from stops at the first character that is not hex, so a short result means a malformed header.
  if (given.length * 2 !== SHA256_HEX_LENGTH) return "x-slack-signature is not a v0 signature";
  const expected = createHmac("sha256", secret).update(`v0:${timestamp}:`).update(request.body).digest();
  return timingSafeEqual(given, expected)
    ? undefined
    : "the signature does not match: check SLACK_SIGNING_SECRET (Basic Information in the app settings)";
}
