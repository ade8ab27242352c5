import { z } from "zod";
import { REPORT_TTL_MS, stateKeys } from "../state/state-keys";
import { ACTION_IDS, questionIdOfAction } from "./action-ids";
import { muteChannel } from "./channel-preferences";
import { commandReply } from "./command-reply";
import { composeHome } from "./compose-home";
import { describeVerdict, evidenceBullets } from "./describe-verdict";
import { decodeEvidenceSummary } from "./evidence-summary";
import { answerQuizByAction, startQuiz } from "./handle-quiz";
import { formatDuration } from "./parse-duration";
import { decodeQuizStartValue } from "./quiz-start-value";
import { readStats } from "./read-stats";
import { recordStat } from "./record-stat";
import type { Turn } from "./turn-context";
import type { Reply } from "./types";
import { setOptedOut } from "./user-preferences";

const shareSchema = z.object({
  r: z.enum(["microservices", "microsegmentation", "both", "neither"]),
  o: z.string().min(1),
});
const reportSchema = z.object({ m: z.string(), r: z.array(z.string()) });

/** A button press. Everything a button needs arrives in its value; unknown ids get a gentle note. */
export async function handleAction(turn: Turn): Promise<Reply[]> {
  const { event } = turn;
  const action = event.action;
  const note = (text: string, purpose: string): Reply[] => [commandReply(event, text, purpose)];
  if (action === undefined) return note("I did not get which button that was. Try `help`.", "action.unknown");

  const questionId = questionIdOfAction(action.actionId);
  if (questionId !== undefined) return answerQuizByAction(turn, questionId, action.value);

  switch (action.actionId) {
    case ACTION_IDS.quizStart:
      return startQuiz(turn, decodeQuizStartValue(action.value));
    case ACTION_IDS.quizShare:
      return await share(turn, action.value);
    case ACTION_IDS.clarifyWhy:
      return why(turn, action.value);
    case ACTION_IDS.clarifyNotHelpful:
      return notHelpful(turn, action.value);
    case ACTION_IDS.clarifyMute: {
      await muteChannel(
        turn,
        action.value === "" ? event.channelId : action.value,
        turn.settings.defaultMuteMs,
      );
      return note(
        `Muted: no clarifications in that channel for the next ${formatDuration(turn.settings.defaultMuteMs)}. ` +
          "`unmute` there brings me back sooner.",
        "mute",
      );
    }
    case ACTION_IDS.homeOptOut:
    case ACTION_IDS.homeOptIn: {
      const optedOut = action.actionId === ACTION_IDS.homeOptOut;
      await setOptedOut(turn, event.userId, optedOut);
      const home = composeHome(turn.replies, optedOut, await readStats(turn));
      return [{ delivery: "update", text: home.text, choices: home.choices, purpose: "home" }];
    }
    default:
      turn.log.info({ actionId: action.actionId }, "an unknown action id arrived");
      return note("That button no longer does anything. `help` lists what I can do.", "action.unknown");
  }
}

function why(turn: Turn, value: string): Reply[] {
  const summary = decodeEvidenceSummary(value);
  if (summary === undefined) {
    return [commandReply(turn.event, "I no longer have the details for this one, sorry.", "why")];
  }
  const evidence = summary.e.map((item) => ({ rule: item.r, cues: item.c, note: item.n ?? "" }));
  const paragraphs = [
    `I read the message as ${describeVerdict(summary.k, summary.t)} (confidence ${summary.c.toFixed(2)}).`,
  ];
  if (evidence.length > 0) paragraphs.push(["*What I went by:*", ...evidenceBullets(evidence)].join("\n"));
  paragraphs.push("If I got it wrong, the *Not helpful* button tells the people who tune me.");
  return [commandReply(turn.event, paragraphs.join("\n\n"), "why")];
}

/** One report per person and reply: the claim makes a double click count once. */
async function notHelpful(turn: Turn, value: string): Promise<Reply[]> {
  const report = parseReport(value);
  const messageRef = report?.m ?? turn.event.messageId ?? turn.event.eventId;
  const first = await turn.store.claim(
    stateKeys.report(turn.scope, turn.event.userId, messageRef),
    REPORT_TTL_MS,
  );
  if (first) {
    await recordStat(turn, "not_helpful");
    // Rule ids only, never text: enough for whoever tunes the patterns to find the culprit.
    turn.log.info({ rules: report?.r ?? [] }, "a clarification was reported as not helpful");
  }
  return [
    commandReply(
      turn.event,
      "Thanks for telling me. I have noted it, and it helps make me quieter where I should be.",
      "not-helpful",
    ),
  ];
}

/** Shares a result once per person, channel and result for a day: a second click posts nothing new. */
async function share(turn: Turn, value: string): Promise<Reply[]> {
  const parsed = parseJson(value, shareSchema);
  if (parsed === undefined)
    return [commandReply(turn.event, "I could not find that result any more.", "quiz.share")];
  const key = stateKeys.share(turn.scope, turn.event.userId, parsed.o, parsed.r);
  if (!(await turn.store.claim(key, REPORT_TTL_MS))) {
    return [commandReply(turn.event, "Already shared: it is in the channel.", "quiz.share")];
  }
  const { title } = turn.questionnaire.results[parsed.r];
  return [
    {
      delivery: "channel",
      channelId: parsed.o,
      text: `Someone here just took the microsense quiz: *${title}*. Curious where you stand? Ask me for the \`quiz\`.`,
      purpose: "quiz.share",
    },
  ];
}

function parseReport(value: string): z.infer<typeof reportSchema> | undefined {
  return parseJson(value, reportSchema);
}

function parseJson<T>(value: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
