import { parse as parseForm } from "node:querystring";

/** A Slack payload as Bolt's processEvent takes it. */
export type SlackBody = Record<string, unknown>;

export type ParsedSlackBody =
  /** Slack's unsigned "is your certificate fine?" probe for slash commands. */
  | { readonly kind: "ssl_check" }
  | { readonly kind: "payload"; readonly body: SlackBody }
  | { readonly kind: "invalid" };

const INVALID: ParsedSlackBody = { kind: "invalid" };
const SSL_CHECK: ParsedSlackBody = { kind: "ssl_check" };

/** True for application/x-www-form-urlencoded, with or without parameters such as a charset. */
export function isFormEncoded(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith("application/x-www-form-urlencoded") === true;
}

/**
 * Reads a request body once. Events and interactivity are JSON objects with a `type` (interactivity as the
 * form field `payload`); slash commands are form fields with `command`; ssl_check is a form field too.
 * Anything else is not a Slack payload.
 */
export function parseSlackBody(raw: Buffer, contentType: string | undefined): ParsedSlackBody {
  let parsed: unknown;
  try {
    if (isFormEncoded(contentType)) {
      const fields = parseForm(raw.toString("utf8"));
      if (fields.ssl_check === "1") return SSL_CHECK;
      parsed = typeof fields.payload === "string" ? JSON.parse(fields.payload) : { ...fields };
    } else {
      parsed = JSON.parse(raw.toString("utf8"));
    }
  } catch {
    return INVALID;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return INVALID;
  const body = parsed as SlackBody;
  const recognised = typeof body.type === "string" || typeof body.command === "string";
  return recognised ? { kind: "payload", body } : INVALID;
}
