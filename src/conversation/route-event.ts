import { assertNever, isMicrosenseError } from "../errors";
import { handleAction } from "./handle-action";
import { handleCommand } from "./handle-command";
import { answerQuizByText } from "./handle-quiz";
import { parseCommand } from "./parse-command";
import { handlePassiveMessage } from "./passive-policy";
import { respondToSentence } from "./respond-to-sentence";
import type { Turn } from "./turn-context";
import type { Reply } from "./types";

/** Sends an already-deduplicated event to its handler. */
export async function routeEvent(turn: Turn): Promise<Reply[]> {
  const { event } = turn;
  switch (event.kind) {
    case "message":
      return handlePassiveMessage(turn);
    case "action":
      return handleAction(turn);
    case "command":
      // A slash command is meant as a command, so an unknown word gets help.
      return handleCommand(turn, parseCommand(event.text));
    case "mention": {
      // After a mention, anything that is not a command word is a sentence to look at.
      const command = parseCommand(event.text);
      return command.name === "unknown"
        ? respondToSentence(turn, event.text, false)
        : handleCommand(turn, command);
    }
    case "direct":
      return handleDirect(turn);
    default:
      return assertNever(event.kind);
  }
}

/** In the DM: a command, else an answer to the open questionnaire, else a response to the sentence. */
async function handleDirect(turn: Turn): Promise<Reply[]> {
  const { event } = turn;
  const command = parseCommand(event.text);
  if (command.name !== "unknown") return handleCommand(turn, command);

  const answered = await answerQuizByTextIfPossible(turn);
  if (answered !== undefined) return answered;

  return respondToSentence(turn, event.text, true);
}

/** A store outage must not make the DM useless: without state, the line is simply checked. */
async function answerQuizByTextIfPossible(turn: Turn): Promise<Reply[] | undefined> {
  try {
    return await answerQuizByText(turn, turn.event.text);
  } catch (error: unknown) {
    if (!isMicrosenseError(error, "STATE_UNAVAILABLE")) throw error;
    turn.log.warn({ err: error }, "state unavailable; treating a DM line as a check");
    return undefined;
  }
}
