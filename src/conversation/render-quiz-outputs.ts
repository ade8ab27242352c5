import { assertNever } from "../errors";
import type { QuestionOutput, QuizDefinition, QuizOutput, ResultOutput } from "../questionnaire/types";
import { ACTION_IDS, quizAnswerActionId } from "./action-ids";
import { encodeQuizStartValue } from "./quiz-start-value";
import type { Choice, Reply } from "./types";

export interface QuizRenderOptions {
  /** A button click can rewrite the clicked message ("update"); a typed answer cannot. */
  readonly via: "action" | "text" | "command";
  /** Where short notes (stale click, nothing to cancel) go. */
  readonly note: (text: string, purpose: string, choices?: readonly Choice[]) => Reply;
  /** The channel the quiz came from, offered as the place to share the result. */
  readonly origin: string | undefined;
  /** The replies land in the direct conversation (so a "start" button there needs no DM note). */
  readonly inDm: boolean;
}

/** Turns the questionnaire's outputs into replies: questions and results always by DM. */
export function renderQuizOutputs(
  definition: QuizDefinition,
  outputs: readonly QuizOutput[],
  options: QuizRenderOptions,
): Reply[] {
  return outputs.map((output): Reply => {
    switch (output.type) {
      case "question":
        return renderQuestion(output);
      case "answer_recorded":
        return renderAnswered(definition, output.questionId, output.label, options, "");
      case "already_answered":
        return renderAnswered(definition, output.questionId, output.label, options, output.text);
      case "result":
        return renderResult(output, options.origin);
      case "cancelled":
        return options.note(output.text, "quiz.cancelled");
      case "stale":
        return options.note(output.text, "quiz.stale");
      case "not_started":
        return options.note(output.text, "quiz.not-started", [startChoice(options.inDm, options.origin)]);
      default:
        return assertNever(output);
    }
  });
}

function renderQuestion(output: QuestionOutput): Reply {
  const heading = `*Question ${output.index + 1} of ${output.total}*\n${output.text}`;
  return {
    delivery: "dm",
    text: output.preface === undefined ? heading : `${output.preface}\n\n${heading}`,
    choices: output.options.map((option) => ({
      actionId: quizAnswerActionId(output.questionId),
      value: option.id,
      label: option.label,
    })),
    purpose: "quiz.question",
  };
}

/** After a click the question's buttons are replaced by the answer; a typed answer gets a short note. */
function renderAnswered(
  definition: QuizDefinition,
  questionId: string,
  label: string,
  options: QuizRenderOptions,
  extra: string,
): Reply {
  const index = definition.questions.findIndex((question) => question.id === questionId);
  const question = definition.questions[index];
  if (options.via === "action" && question !== undefined) {
    const text = `*Question ${index + 1} of ${definition.questions.length}*\n${question.text}\n\nYour answer: *${label}*`;
    return { delivery: "update", text, purpose: "quiz.answered" };
  }
  const noted = `Your answer: *${label}*`;
  return { delivery: "dm", text: extra === "" ? noted : `${extra} ${noted}`, purpose: "quiz.answered" };
}

function renderResult(output: ResultOutput, origin: string | undefined): Reply {
  const paragraphs = [`*Your result: ${output.title}*`, output.explanation];
  if (output.note !== undefined) paragraphs.push(output.note);
  const choices: Choice[] = [];
  if (origin !== undefined) {
    choices.push({
      actionId: ACTION_IDS.quizShare,
      value: JSON.stringify({ r: output.resultId, o: origin }),
      label: "Share my result in the channel",
    });
  }
  choices.push({ ...startChoice(true, origin), label: "Take it again" });
  return { delivery: "dm", text: paragraphs.join("\n\n"), choices, purpose: "quiz.result" };
}

function startChoice(inDm: boolean, origin?: string): Choice {
  return {
    actionId: ACTION_IDS.quizStart,
    value: encodeQuizStartValue(origin === undefined ? { inDm } : { inDm, origin }),
    label: "Start the quiz",
  };
}
