import { isFormEncoded, parseSlackBody } from "../../adapters/slack/parse-slack-body";
import { commandRequest, eventRequest, fixture, interactionRequest } from "./support/slack-requests";

const FORM = "application/x-www-form-urlencoded";

function parse(request: { body: string; contentType: string }) {
  return parseSlackBody(Buffer.from(request.body, "utf8"), request.contentType);
}

describe("parseSlackBody", () => {
  it("reads an Events API envelope as it is", () => {
    const envelope = fixture("event-message-conflation.json");
    expect(parse(eventRequest(envelope))).toEqual({ kind: "payload", body: envelope });
  });

  it("reads interactivity from its payload field", () => {
    const click = fixture("block-actions.json");
    expect(parse(interactionRequest(click))).toEqual({ kind: "payload", body: click });
  });

  it("reads a slash command's form fields, also with a charset in the content type", () => {
    const command = fixture("slash-command.json") as Record<string, string>;
    const request = commandRequest(command);
    expect(parse(request)).toEqual({ kind: "payload", body: command });
    expect(parse({ ...request, contentType: `${FORM}; charset=utf-8` })).toEqual({
      kind: "payload",
      body: command,
    });
  });

  it("recognises Slack's unsigned ssl_check, whatever else the form carries", () => {
    expect(parse({ body: "ssl_check=1&token=x&payload=%7B%7D", contentType: FORM })).toEqual({
      kind: "ssl_check",
    });
  });

  it.each([
    ["malformed JSON", { body: '{"type":', contentType: "application/json" }],
    ["a JSON array", { body: "[]", contentType: "application/json" }],
    ["JSON null", { body: "null", contentType: "application/json" }],
    ["an object without type or command", { body: '{"hello":1}', contentType: "application/json" }],
    ["a payload field that is not JSON", { body: "payload=%7Bnope", contentType: FORM }],
    ["a form without payload or command", { body: "foo=bar", contentType: FORM }],
  ])("calls %s invalid", (_name, request) => {
    expect(parse(request)).toEqual({ kind: "invalid" });
  });

  it("tells form bodies from the rest", () => {
    expect(isFormEncoded(FORM)).toBe(true);
    expect(isFormEncoded("Application/X-WWW-Form-Urlencoded; charset=UTF-8")).toBe(true);
    expect(isFormEncoded("application/json")).toBe(false);
    expect(isFormEncoded(undefined)).toBe(false);
  });
});
