import type { IncomingEvent } from "../../src/conversation/types";

/** Where a clicked button lived: the message to replace, or the App Home view to republish. */
export type ButtonSource =
  | {
      readonly kind: "message";
      readonly channelId: string;
      readonly messageTs: string;
      /** Ephemeral messages cannot be edited with chat.update, only through their response_url. */
      readonly isEphemeral: boolean;
    }
  | { readonly kind: "view"; readonly viewId: string };

/** One Slack payload, normalised: the core's event plus what delivery needs to answer it. */
export interface SlackTurn {
  readonly event: IncomingEvent;
  /** Slash commands and clicks carry a response_url that reaches the user even where the bot is no member. */
  readonly responseUrl?: string;
  /** For kind "action": the message or view that carried the button. */
  readonly source?: ButtonSource;
}

/** A payload the adapter deliberately keeps from the core; `skip` says why, for the debug log. */
export interface Skip {
  readonly skip: string;
}

export type TurnOrSkip = SlackTurn | Skip;

export function isSkip(value: TurnOrSkip): value is Skip {
  return "skip" in value;
}
