import { loadQuestionnaire } from "../../src/questionnaire/load-questionnaire";
import { parseQuizState } from "../../src/questionnaire/parse-quiz-state";
import { DEFAULT_QUIZ_TTL_MS, step } from "../../src/questionnaire/step";
import type { QuizOutput, QuizState } from "../../src/questionnaire/types";
import { outputTypes, QuizSession } from "./quiz-session";

const definition = loadQuestionnaire();
const HOUR = 60 * 60 * 1000;

function only(outputs: readonly QuizOutput[]): QuizOutput {
  expect(outputs).toHaveLength(1);
  const [output] = outputs;
  if (output === undefined) throw new Error("no output");
  return output;
}

/** A session that has answered the first two questions and waits on q3. */
function sessionAtThirdQuestion(ttlMs?: number): QuizSession {
  const session = new QuizSession(definition, undefined, ttlMs);
  session.send({ type: "start" });
  session.answer("q1-change", "policy-enforcement");
  session.answer("q2-build", "single-unit");
  expect(session.state?.currentQuestionId).toBe("q3-enforce");
  return session;
}

describe("questionnaire flow", () => {
  it("starts with the intro above the first question", () => {
    const session = new QuizSession(definition);
    const first = only(session.send({ type: "start" }));
    expect(first).toMatchObject({ type: "question", questionId: "q1-change", index: 0, resumed: false });
    expect(first.type === "question" && first.preface).toBe(definition.intro);
    expect(session.state).toMatchObject({ status: "in_progress", answers: {}, definitionVersion: 1 });
  });

  it("does not advance on a double click: the repeat is already_answered", () => {
    const session = sessionAtThirdQuestion();
    const before = session.state;
    const repeat = only(session.answer("q2-build", "single-unit"));
    expect(repeat).toMatchObject({
      type: "already_answered",
      questionId: "q2-build",
      optionId: "single-unit",
    });
    expect(session.state).toEqual(before);
  });

  it.each([
    { case: "an old question with a different option", questionId: "q1-change", optionId: "app-structure" },
    { case: "a question not reached yet", questionId: "q5-owner", optionId: "joint" },
    { case: "an unknown question", questionId: "q9-gone", optionId: "joint" },
    { case: "an option of another question", questionId: "q3-enforce", optionId: "joint" },
  ])("answers $case with stale and leaves the state alone", ({ questionId, optionId }) => {
    const session = sessionAtThirdQuestion();
    const before = session.state;
    expect(only(session.answer(questionId, optionId))).toMatchObject({ type: "stale", questionId });
    expect(session.state).toEqual(before);
  });

  it("re-asks the same current question on start, marked as resumed", () => {
    const session = sessionAtThirdQuestion();
    const answers = session.state?.answers;
    const resumed = only(session.send({ type: "start" }));
    expect(resumed).toMatchObject({ type: "question", questionId: "q3-enforce", index: 2, resumed: true });
    expect(resumed.type === "question" && resumed.preface).toBe(definition.texts.resume);
    expect(session.state?.answers).toEqual(answers);
    expect(session.state?.updatedAt).toBe(session.now);
  });

  it("cancels, confirms a retried cancel, and rejects answers afterwards", () => {
    const session = sessionAtThirdQuestion();
    expect(only(session.send({ type: "cancel" }))).toEqual({
      type: "cancelled",
      text: definition.texts.cancelled,
    });
    expect(session.state).toMatchObject({ status: "cancelled", currentQuestionId: null });
    expect(outputTypes(session.send({ type: "cancel" }))).toEqual(["cancelled"]);
    expect(only(session.answer("q3-enforce", "zones"))).toMatchObject({
      type: "not_started",
      reason: "cancelled",
    });
    expect(session.state?.status).toBe("cancelled");
    expect(only(session.send({ type: "start" }))).toMatchObject({ questionId: "q1-change", resumed: false });
    expect(session.state).toMatchObject({ status: "in_progress", answers: {} });
  });

  it("answers or cancels with not_started when nothing was ever begun", () => {
    const session = new QuizSession(definition);
    expect(only(session.answer("q1-change", "exploring"))).toEqual({
      type: "not_started",
      reason: "absent",
      text: definition.texts.notStarted,
    });
    expect(only(session.send({ type: "cancel" }))).toMatchObject({ type: "not_started", reason: "absent" });
    expect(session.state).toBeUndefined();
  });

  it("treats a state older than the TTL as gone and starts over", () => {
    const session = sessionAtThirdQuestion();
    const expired = only(session.answer("q3-enforce", "zones", DEFAULT_QUIZ_TTL_MS));
    expect(expired).toMatchObject({ type: "not_started", reason: "expired" });
    expect(expired.type === "not_started" && expired.text).toContain(definition.texts.expired);
    expect(session.state).toBeUndefined();

    const again = sessionAtThirdQuestion();
    const restarted = only(again.send({ type: "start" }, DEFAULT_QUIZ_TTL_MS + 1));
    expect(restarted).toMatchObject({ questionId: "q1-change", index: 0, resumed: false });
    expect(restarted.type === "question" && restarted.preface).toBe(
      `${definition.texts.expired}\n\n${definition.intro}`,
    );
    expect(again.state).toMatchObject({ answers: {}, startedAt: again.now, updatedAt: again.now });
  });

  it("honours a custom TTL and measures it from the last change", () => {
    const session = sessionAtThirdQuestion(2 * HOUR);
    expect(outputTypes(session.answer("q3-enforce", "zones", 2 * HOUR - 1))).toEqual([
      "answer_recorded",
      "question",
    ]);
    expect(outputTypes(session.answer("q4-problem", "unclear", 2 * HOUR - 1))).toEqual([
      "answer_recorded",
      "question",
    ]);
    expect(only(session.answer("q5-owner", "joint", 2 * HOUR))).toMatchObject({ reason: "expired" });
  });

  it("starts over when the definition version changed", () => {
    const session = sessionAtThirdQuestion();
    session.use({ ...definition, version: definition.version + 1 });
    expect(only(session.answer("q3-enforce", "zones"))).toMatchObject({
      type: "not_started",
      reason: "outdated",
    });
    const fresh = sessionAtThirdQuestion();
    fresh.use({ ...definition, version: definition.version + 1 });
    const restarted = only(fresh.send({ type: "start" }));
    expect(restarted).toMatchObject({ questionId: "q1-change", resumed: false });
    expect(restarted.type === "question" && restarted.preface).toContain(definition.texts.outdated);
    expect(fresh.state).toMatchObject({ definitionVersion: definition.version + 1, answers: {} });
  });

  it("drops a state that no longer fits the definition even at the same version", () => {
    const state: QuizState = {
      status: "in_progress",
      currentQuestionId: "q2-build",
      answers: { "q1-change": "an-option-that-was-removed" },
      startedAt: 0,
      updatedAt: 0,
      definitionVersion: definition.version,
    };
    const result = step(
      definition,
      state,
      { type: "answer", questionId: "q2-build", optionId: "bought-in" },
      1,
    );
    expect(result.state).toBeUndefined();
    expect(result.outputs).toEqual([expect.objectContaining({ type: "not_started", reason: "outdated" })]);
  });

  it("after completion: same answer is already_answered, another is stale, start begins afresh", () => {
    const session = new QuizSession(definition);
    session.send({ type: "start" });
    for (const question of definition.questions) session.answer(question.id, question.options[0]?.id ?? "");
    expect(session.state?.status).toBe("completed");
    const completed = session.state;

    expect(only(session.answer("q6-outcome", "ship-independently"))).toMatchObject({
      type: "already_answered",
    });
    expect(only(session.answer("q6-outcome", "not-sure"))).toMatchObject({ type: "stale" });
    expect(only(session.send({ type: "cancel" }))).toMatchObject({
      type: "not_started",
      reason: "completed",
    });
    expect(session.state).toEqual(completed);

    const restarted = only(session.send({ type: "start" }));
    expect(restarted).toMatchObject({ questionId: "q1-change", resumed: false, preface: definition.intro });
    expect(session.state).toMatchObject({ status: "in_progress", answers: {} });
  });

  it.each([
    ["not JSON", "{status:"],
    ["a wrong shape", JSON.stringify({ status: "paused", answers: {} })],
    ["null", "null"],
  ])("reads a stored value that is %s as no state", (_case, stored) => {
    expect(parseQuizState(stored)).toBeUndefined();
  });
});
