import { verifySlackSignature } from "../../adapters/slack/verify-slack-signature";
import { slackSignature } from "./support/slack-requests";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const body = '{"type":"event_callback","event":{"type":"message","text":"héllo"}}';
const now = Date.UTC(2025, 2, 10, 9, 0, 0);
const seconds = now / 1000;

function request(overrides: { timestamp?: string; signature?: string; body?: string } = {}) {
  const timestamp = overrides.timestamp ?? String(seconds);
  return {
    timestamp,
    signature: overrides.signature ?? slackSignature(secret, Number(timestamp), body),
    body: Buffer.from(overrides.body ?? body, "utf8"),
  };
}

describe("verifySlackSignature", () => {
  it("accepts Slack's v0 signature over the exact bytes, multi-byte characters included", () => {
    expect(verifySlackSignature(secret, request(), now)).toBeUndefined();
  });

  it("accepts a timestamp within five minutes either way (clocks drift both ways)", () => {
    for (const offset of [-299, 299]) {
      expect(
        verifySlackSignature(secret, request({ timestamp: String(seconds + offset) }), now),
      ).toBeUndefined();
    }
  });

  it.each([
    ["another secret", { signature: slackSignature("not-the-secret", seconds, body) }, /does not match/],
    ["a body changed after signing", { body: body.replace("héllo", "hello") }, /does not match/],
    ["a replay older than five minutes", { timestamp: String(seconds - 301) }, /five minutes/],
    ["a timestamp from the future", { timestamp: String(seconds + 301) }, /five minutes/],
    ["a timestamp that is no number", { timestamp: "soon" }, /not a number/],
    ["an unknown signature version", { signature: `v1=${"0".repeat(64)}` }, /not a v0 signature/],
    ["a signature that is too short", { signature: `v0=${"0".repeat(63)}` }, /not a v0 signature/],
    ["a signature that is not hex", { signature: `v0=${"zz".repeat(32)}` }, /not a v0 signature/],
  ])("refuses %s", (_name, overrides, reason) => {
    expect(verifySlackSignature(secret, request(overrides), now)).toMatch(reason);
  });

  it("refuses a request without the signature headers", () => {
    const { body: raw } = request();
    expect(
      verifySlackSignature(secret, { timestamp: undefined, signature: undefined, body: raw }, now),
    ).toMatch(/missing/);
    expect(
      verifySlackSignature(secret, { timestamp: String(seconds), signature: undefined, body: raw }, now),
    ).toMatch(/missing/);
  });
});
