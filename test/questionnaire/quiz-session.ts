import { parseQuizState } from "../../src/questionnaire/parse-quiz-state";
import { step } from "../../src/questionnaire/step";
import type { QuizDefinition, QuizInput, QuizOutput, QuizState } from "../../src/questionnaire/types";

/**
 * Drives `step` the way the conversation core will: the state lives only as a JSON string between
 * turns, exactly as it would in Redis. Every turn checks the state survives that trip unchanged.
 */
export class QuizSession {
  private stored: string | undefined;
  now: number;

  constructor(
    private definition: QuizDefinition,
    start = Date.UTC(2025, 0, 6, 9, 0, 0),
    private readonly ttlMs?: number,
  ) {
    this.now = start;
  }

  get state(): QuizState | undefined {
    return this.stored === undefined ? undefined : parseQuizState(this.stored);
  }

  /** Swaps the definition, as a redeploy with an edited YAML would. */
  use(definition: QuizDefinition): void {
    this.definition = definition;
  }

  send(input: QuizInput, advanceMs = 1_000): QuizOutput[] {
    this.now += advanceMs;
    const before = this.state;
    const result =
      this.ttlMs === undefined
        ? step(this.definition, before, input, this.now)
        : step(this.definition, before, input, this.now, this.ttlMs);
    if (result.state === undefined) {
      this.stored = undefined;
    } else {
      this.stored = JSON.stringify(result.state);
      expect(parseQuizState(this.stored)).toStrictEqual(result.state);
    }
    return [...result.outputs];
  }

  answer(questionId: string, optionId: string, advanceMs?: number): QuizOutput[] {
    return this.send({ type: "answer", questionId, optionId }, advanceMs);
  }
}

export function outputTypes(outputs: readonly QuizOutput[]): string[] {
  return outputs.map((output) => output.type);
}
