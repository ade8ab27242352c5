import { parseTextAnswer } from "../questionnaire/parse-text-answer";
import type { QuizOutput } from "../questionnaire/types";
import { commandReply } from "./command-reply";
import { advanceQuiz, readQuizRecord } from "./quiz-record";
import { recordStat } from "./record-stat";
import { renderQuizOutputs } from "./render-quiz-outputs";
import { notifyObserver, type Turn } from "./turn-context";
import type { Choice, Reply } from "./types";

/**
 * Starts or resumes the questionnaire. The questions always go by DM; asked from a channel, the
 * asker also gets a private note there so the DM does not come out of nowhere.
 */
export async function startQuiz(turn: Turn, where: { inDm: boolean; origin?: string }): Promise<Reply[]> {
  const advance = await advanceQuiz(turn, { type: "start" }, where.origin);
  await countQuizOutputs(turn, advance.outputs);
  const replies = renderQuizOutputs(turn.questionnaire, advance.outputs, {
    via: "command",
    note: (text, purpose, choices) => commandReply(turn.event, text, purpose, choices),
    origin: advance.record?.origin,
    inDm: where.inDm,
  });
  if (where.inDm) return replies;
  const resumed = advance.outputs.some((output) => output.type === "question" && output.resumed);
  const note = resumed
    ? "You have a quiz in progress: I sent you a DM with the question you are on."
    : "I sent you a DM with the first question. It takes about a minute.";
  return [commandReply(turn.event, note, "quiz.sent"), ...replies];
}

export async function cancelQuiz(turn: Turn): Promise<Reply[]> {
  const advance = await advanceQuiz(turn, { type: "cancel" });
  return renderQuizOutputs(turn.questionnaire, advance.outputs, {
    via: "command",
    note: (text, purpose, choices) => commandReply(turn.event, text, purpose, choices),
    origin: advance.record?.origin,
    inDm: turn.event.kind === "direct",
  });
}

/** A click on an option button: the answered question is rewritten in place, then the next one (or the result). */
export async function answerQuizByAction(turn: Turn, questionId: string, optionId: string): Promise<Reply[]> {
  const advance = await advanceQuiz(turn, { type: "answer", questionId, optionId });
  await countQuizOutputs(turn, advance.outputs);
  return renderQuizOutputs(turn.questionnaire, advance.outputs, {
    via: "action",
    note: (text, purpose, choices) => ({
      delivery: "ephemeral",
      fallback: "dm",
      text,
      purpose,
      ...(choices === undefined ? {} : { choices }),
    }),
    origin: advance.record?.origin,
    inDm: true,
  });
}

/**
 * A typed line in the DM while a questionnaire is open: an option's number or label answers it,
 * anything else asks again. Undefined when no questionnaire is open, so the caller treats the line
 * as an ordinary message.
 */
export async function answerQuizByText(turn: Turn, text: string): Promise<Reply[] | undefined> {
  const record = await readQuizRecord(turn);
  if (record?.state.status !== "in_progress") return undefined;
  const question = turn.questionnaire.questions.find((item) => item.id === record.state.currentQuestionId);
  if (question === undefined) return undefined;
  const optionId = parseTextAnswer(question, text);
  if (optionId === undefined) {
    const options = question.options.map((option, index) => `${index + 1}) ${option.label}`).join("\n");
    const prompt =
      `I could not match that to an answer. Reply with the number or the wording of one option, ` +
      `or \`cancel\` to stop the quiz.\n\n${question.text}\n${options}`;
    return [{ delivery: "dm", text: prompt, purpose: "quiz.reprompt" }];
  }
  const advance = await advanceQuiz(turn, { type: "answer", questionId: question.id, optionId });
  await countQuizOutputs(turn, advance.outputs);
  return renderQuizOutputs(turn.questionnaire, advance.outputs, {
    via: "text",
    note: (note, purpose, choices?: readonly Choice[]) => commandReply(turn.event, note, purpose, choices),
    origin: advance.record?.origin,
    inDm: true,
  });
}

/** Counts only what this step changed: a fresh first question, or a result. */
async function countQuizOutputs(turn: Turn, outputs: readonly QuizOutput[]): Promise<void> {
  for (const output of outputs) {
    if (output.type === "question" && output.index === 0 && !output.resumed) {
      notifyObserver(turn, (observer) => observer.onQuizStarted?.());
      await recordStat(turn, "quiz.started");
    } else if (output.type === "result") {
      notifyObserver(turn, (observer) => observer.onQuizCompleted?.());
      await recordStat(turn, "quiz.completed");
    }
  }
}
