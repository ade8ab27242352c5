import { randomBytes } from "node:crypto";
import type { Platform } from "../conversation/types";
import type { Logger } from "./create-logger";

export interface TurnFields {
  readonly platform: Platform;
  readonly workspaceId?: string | undefined;
  readonly channelId?: string | undefined;
  /** The platform's delivery id: ties this turn to the platform's own logs and retries. */
  readonly eventId?: string | undefined;
}

/**
 * A child logger for handling one incoming event. Every line it writes carries where the event came from
 * and a fresh turn id, so one turn's lines can be found together even when the platform sends no id.
 */
export function turnLogger(logger: Logger, fields: TurnFields): Logger {
  const bindings: Record<string, string> = {
    platform: fields.platform,
    turnId: randomBytes(6).toString("base64url"),
  };
  if (fields.workspaceId !== undefined) bindings.workspaceId = fields.workspaceId;
  if (fields.channelId !== undefined) bindings.channelId = fields.channelId;
  if (fields.eventId !== undefined) bindings.eventId = fields.eventId;
  return logger.child(bindings);
}
