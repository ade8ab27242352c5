import type { ScorerJudgement } from "../matcher/conflation-scorer";
import type { RuleOutcome, RuleTracer, SentenceShape } from "../matcher/evaluate-rules";

/** Collects what the rules did with a message, and prints it for `microsense check --trace`. */
export function createTraceLog(): { readonly tracer: RuleTracer; format(): string } {
  const lines: string[] = [];
  const tracer: RuleTracer = {
    sentence(text: string, shape: SentenceShape) {
      const question = shape.isQuestion
        ? shape.presupposes
          ? " [presupposing question]"
          : " [question]"
        : "";
      lines.push(`sentence: ${text.trim()}${question}`);
    },
    outcome(outcome: RuleOutcome) {
      lines.push(`  ${outcome.rule}: ${describeOutcome(outcome)}`, `    cue: ${outcome.cue}`);
    },
    notScored(reason: string) {
      lines.push(`scorer: not asked, since ${reason}`);
    },
    scored(judgement: ScorerJudgement | undefined, threshold: number) {
      if (!judgement) return;
      const verdict = judgement.probability >= threshold ? "flags it" : "lets it pass";
      const cues = judgement.cues.length > 0 ? `, words: ${judgement.cues.join(", ")}` : "";
      lines.push(
        `scorer: ${judgement.probability.toFixed(2)} against a threshold of ${threshold}, ${verdict} (likeliest kind ${judgement.kind}${cues})`,
      );
    },
  };
  return {
    tracer,
    format: () =>
      lines.length > 0
        ? ["trace (sentences as the rules read them):", ...lines.map((line) => `  ${line}`)].join("\n")
        : "trace: no sentence names a term in the author's own words",
  };
}

function describeOutcome(outcome: RuleOutcome): string {
  if (!outcome.gate) return "counts";
  if (outcome.gate === "forbids") return `does not apply (forbids ${outcome.condition ?? "?"})`;
  if (outcome.gate === "requires") return `does not apply (requires ${outcome.condition ?? "?"})`;
  return `held back by the ${outcome.gate} gate`;
}
