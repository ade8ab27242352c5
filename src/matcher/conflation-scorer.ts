import type { ScorerModel } from "../knowledge/knowledge-schema";
import type { ScorerUnit } from "./scorer-features";
import type { ConflationKind, Term } from "./types";

/** The scorer's reading of one unit: how likely a conflation, of which kind, and the words that said so. */
export interface ScorerJudgement {
  readonly probability: number;
  readonly kind: ConflationKind;
  readonly misusedTerm?: Term;
  /** The author's words that raised the score most, strongest first. */
  readonly cues: readonly string[];
}

export interface ConflationScorer {
  judge(unit: ScorerUnit): ScorerJudgement;
}

/** Class order of the model's weights: none first, then the kinds. */
export const SCORER_CLASSES = ["none", "equivalence", "wrong_sense", "implication"] as const;
const KINDS: readonly ConflationKind[] = ["equivalence", "wrong_sense", "implication"];
const WRONG_SENSE = SCORER_CLASSES.indexOf("wrong_sense");

/**
 * Multinomial logistic regression over sparse binary features (train-scorer.ts fits it): a message
 * costs one look-up per feature. The chance of a conflation is one minus the chance of "none".
 */
export function createConflationScorer(model: ScorerModel): ConflationScorer {
  const classes = model.classes.length;
  const rows = new Map<string, number>();
  model.features.forEach((feature, index) => {
    rows.set(feature, index * classes);
  });
  const weights = model.weights;
  return {
    judge(unit) {
      const logits = [...model.bias];
      // Each known feature with where its weights start in the flat list.
      const known: { feature: string; row: number }[] = [];
      for (const feature of unit.features) {
        const row = rows.get(feature);
        if (row === undefined) continue;
        known.push({ feature, row });
        for (let k = 0; k < classes; k++) logits[k] = (logits[k] ?? 0) + (weights[row + k] ?? 0);
      }
      // Without a sentence naming one term alone, wrong_sense cannot be what the message does: its
      // share is left out rather than counted towards a conflation of some other kind.
      if (unit.singleTerm === undefined) logits[WRONG_SENSE] = Number.NEGATIVE_INFINITY;
      const chances = softmax(logits);
      const kindIndex = pickKind(chances);
      const kind = KINDS[kindIndex - 1] ?? "equivalence";
      let cues: readonly string[] | undefined;
      return {
        probability: 1 - (chances[0] ?? 0),
        kind,
        ...(kind === "wrong_sense" && unit.singleTerm ? { misusedTerm: unit.singleTerm } : {}),
        // Worked out only for a verdict that shows them: most judged messages are let pass.
        get cues() {
          cues ??= strongestWords(
            known.map(({ feature, row }) => ({
              feature,
              push: (weights[row + kindIndex] ?? 0) - (weights[row] ?? 0),
            })),
            unit.words,
          );
          return cues;
        },
      };
    },
  };
}

export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const powers = logits.map((logit) => Math.exp(logit - top));
  const sum = powers.reduce((total, power) => total + power, 0);
  return powers.map((power) => power / sum);
}

/** The likeliest kind, as a class index (a kind the unit rules out has no chance left). */
function pickKind(chances: readonly number[]): number {
  let best = 1;
  for (let k = 2; k < chances.length; k++) if ((chances[k] ?? 0) > (chances[best] ?? 0)) best = k;
  return best;
}

/** Words whose features pushed hardest from "none" towards the chosen kind. */
function strongestWords(
  pushes: readonly { feature: string; push: number }[],
  words: ReadonlyMap<string, string>,
): string[] {
  const cues: string[] = [];
  const strongest = pushes
    .filter(({ feature, push }) => push > 0 && feature.startsWith("u:"))
    .sort((a, b) => b.push - a.push);
  for (const { feature } of strongest) {
    if (cues.length === 3) break;
    // Word features read "u:<terms beside it>:<stem>".
    const word = words.get(feature.slice(feature.indexOf(":", 2) + 1));
    // "of" and "is" weigh in the sum but tell a reader nothing about why.
    if (word !== undefined && !isStopword(word) && !cues.includes(word)) cues.push(word);
  }
  return cues;
}

let stopwords: ReadonlySet<string> | undefined;

/** natural's English stop words, loaded when a verdict first needs its cues. */
function isStopword(word: string): boolean {
  stopwords ??= new Set((require("natural/lib/natural/util/stopwords") as { words: string[] }).words);
  return stopwords.has(word);
}
