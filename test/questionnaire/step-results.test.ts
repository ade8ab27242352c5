import { decideResult } from "../../src/questionnaire/decide-result";
import { loadQuestionnaire } from "../../src/questionnaire/load-questionnaire";
import { reachableResults } from "../../src/questionnaire/reachable-results";
import type { QuizOutput, ResultId } from "../../src/questionnaire/types";
import { outputTypes, QuizSession } from "./quiz-session";

const definition = loadQuestionnaire();

type Path = Record<string, string>;

/** Answer paths as real people in each situation would pick them. */
const paths: { who: string; answers: Path; result: ResultId; note?: RegExp }[] = [
  {
    who: "a team breaking a monolith into independently released services",
    answers: {
      "q1-change": "app-structure",
      "q2-build": "independent-services",
      "q3-enforce": "zones",
      "q4-problem": "scale-release",
      "q5-owner": "dev-teams",
      "q6-outcome": "ship-independently",
    },
    result: "microservices",
    note: /separate decision/,
  },
  {
    who: "a security team fencing in the hosts of one big application",
    answers: {
      "q1-change": "policy-enforcement",
      "q2-build": "single-unit",
      "q3-enforce": "perimeter",
      "q4-problem": "blast-radius",
      "q5-owner": "security-network",
      "q6-outcome": "allowed-flows-only",
    },
    result: "microsegmentation",
    note: /single deployable application can be microsegmented/,
  },
  {
    who: "a platform programme splitting services and locking down their flows together",
    answers: {
      "q1-change": "both-changes",
      "q2-build": "independent-services",
      "q3-enforce": "zones",
      "q4-problem": "blast-radius",
      "q5-owner": "joint",
      "q6-outcome": "both-outcomes",
    },
    result: "both",
  },
  {
    who: "someone who heard both words in a meeting and has no project yet",
    answers: {
      "q1-change": "exploring",
      "q2-build": "few-large-services",
      "q3-enforce": "unknown",
      "q4-problem": "unclear",
      "q5-owner": "unassigned",
      "q6-outcome": "not-sure",
    },
    result: "neither",
    note: /network or security team/,
  },
];

function runPath(answers: Path): QuizOutput[] {
  const session = new QuizSession(definition);
  const all: QuizOutput[] = [...session.send({ type: "start" })];
  for (const question of definition.questions) {
    const optionId = answers[question.id];
    if (optionId === undefined) throw new Error(`the path has no answer for ${question.id}`);
    all.push(...session.answer(question.id, optionId));
  }
  expect(session.state?.status).toBe("completed");
  expect(session.state?.currentQuestionId).toBeNull();
  return all;
}

describe("questionnaire results", () => {
  it.each(paths)("$who ends at $result", ({ answers, result, note }) => {
    const outputs = runPath(answers);
    const last = outputs[outputs.length - 1];
    if (last?.type !== "result") throw new Error(`expected a result, got ${JSON.stringify(last)}`);
    expect(last.resultId).toBe(result);
    expect(last.title).toBe(definition.results[result].title);
    expect(last.explanation).toBe(definition.results[result].explanation);
    expect(decideResult(last.scores, definition.thresholds)).toBe(result);
    if (note === undefined) expect(last.note).toBeUndefined();
    else expect(last.note).toMatch(note);
  });

  it("asks every question in order, recording each answer with its label", () => {
    const outputs = runPath(paths[0]?.answers ?? {});
    const questions = outputs.filter((output) => output.type === "question");
    expect(questions.map((output) => output.questionId)).toEqual(definition.questions.map((q) => q.id));
    expect(questions.map((output) => output.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(questions.map((output) => output.total))).toEqual(new Set([6]));
    const recorded = outputs.filter((output) => output.type === "answer_recorded");
    expect(recorded[0]).toEqual({
      type: "answer_recorded",
      questionId: "q1-change",
      optionId: "app-structure",
      label: "How the application is split up, built and released",
    });
    expect(outputTypes(outputs).slice(-2)).toEqual(["answer_recorded", "result"]);
  });

  it("lets the shipped thresholds reach all four results", () => {
    expect(reachableResults(definition.questions, definition.thresholds)).toEqual(
      new Set(["microservices", "microsegmentation", "both", "neither"]),
    );
  });

  it.each([
    { application: 5, network: 5, result: "neither" },
    { application: 6, network: 5, result: "microservices" },
    { application: 5, network: 6, result: "microsegmentation" },
    { application: 6, network: 6, result: "both" },
    { application: 14, network: 0, result: "microservices" },
  ])("decides $result from totals $application/$network at thresholds 6/6", (row) => {
    expect(decideResult(row, { application: 6, network: 6 })).toBe(row.result);
  });
});
