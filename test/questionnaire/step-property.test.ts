import { loadQuestionnaire } from "../../src/questionnaire/load-questionnaire";
import { stateFitsDefinition } from "../../src/questionnaire/state-fits-definition";
import { DEFAULT_QUIZ_TTL_MS } from "../../src/questionnaire/step";
import type { QuizDefinition, QuizInput, ResultId } from "../../src/questionnaire/types";
import { QuizSession } from "./quiz-session";

const base = loadQuestionnaire();
const bumped: QuizDefinition = { ...base, version: base.version + 1 };

/** mulberry32: small, seedable, good enough to pick test inputs deterministically. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function randomInput(next: () => number, session: QuizSession, definition: QuizDefinition): QuizInput {
  const roll = next();
  if (roll < 0.1) return { type: "start" };
  if (roll < 0.15) return { type: "cancel" };
  // Mostly answer the open question, so sequences regularly reach a result; otherwise anything goes.
  const current = definition.questions.find((q) => q.id === session.state?.currentQuestionId);
  const question = roll < 0.75 && current !== undefined ? current : pick(next, definition.questions);
  const questionId = next() < 0.05 ? "q-bogus" : question.id;
  const optionId = next() < 0.05 ? "o-bogus" : pick(next, question.options).id;
  return { type: "answer", questionId, optionId };
}

describe("step under random input", () => {
  it("never throws and always leaves a valid, serialisable state across 200 seeded sequences", () => {
    const results = new Set<ResultId>();
    let completions = 0;
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed);
      const session = new QuizSession(base);
      let definition = base;
      const length = 1 + Math.floor(next() * 40);
      for (let turn = 0; turn < length; turn += 1) {
        if (next() < 0.02) {
          definition = definition === base ? bumped : base;
          session.use(definition);
        }
        const pause = next() < 0.03 ? DEFAULT_QUIZ_TTL_MS : Math.floor(next() * 60_000);
        const outputs = session.send(randomInput(next, session, definition), pause);

        expect(outputs.length).toBeGreaterThan(0);
        const state = session.state;
        if (state === undefined) continue;
        expect(state.definitionVersion).toBe(definition.version);
        expect(stateFitsDefinition(definition, state)).toBe(true);
        expect(state.startedAt).toBeLessThanOrEqual(state.updatedAt);
        expect(state.updatedAt).toBeLessThanOrEqual(session.now);
        for (const output of outputs) {
          if (output.type === "question") expect(output.questionId).toBe(state.currentQuestionId);
          if (output.type === "result") {
            expect(state.status).toBe("completed");
            results.add(output.resultId);
            completions += 1;
          }
        }
      }
    }
    expect(completions).toBeGreaterThan(20);
    expect(results).toEqual(new Set(["microservices", "microsegmentation", "both", "neither"]));
  });
});
