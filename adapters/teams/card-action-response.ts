import type { InvokeResponse } from "botbuilder";
import type { Reply } from "../../src/conversation/types";
import { toAdaptiveCard } from "./render-reply";

const CARD = "application/vnd.microsoft.card.adaptive";
const MESSAGE = "application/vnd.microsoft.activity.message";
const ERROR = "application/vnd.microsoft.error";

/** Shown under the card when a click changed nothing visible (for example a second click on an old card). */
export const ACKNOWLEDGEMENT = "Noted.";

/**
 * The answer to an `adaptiveCard/action` invoke. Teams shows an error on the card unless it gets one:
 * the replacement card when the click updates it, otherwise a short message.
 */
export function cardActionResponse(replies: readonly Reply[]): InvokeResponse {
  const update = replies.find((reply) => reply.delivery === "update");
  const body =
    update === undefined
      ? { statusCode: 200, type: MESSAGE, value: ACKNOWLEDGEMENT }
      : { statusCode: 200, type: CARD, value: toAdaptiveCard(update) };
  return { status: 200, body };
}

export function cardActionError(statusCode: 400 | 500, message: string): InvokeResponse {
  const code = statusCode === 400 ? "BadRequest" : "InternalError";
  return { status: statusCode, body: { statusCode, type: ERROR, value: { code, message } } };
}
