import { createHash } from "node:crypto";
import type { ScorerFile, ScorerModel } from "../knowledge/knowledge-schema";
import type { Knowledge } from "../knowledge/load-knowledge";
import { createSeededRandom, type SeededRandom } from "../seeded-random";
import { SCORER_CLASSES, softmax } from "./conflation-scorer";
import { createMatcher } from "./create-matcher";
import type { CorpusEntry } from "./score-corpus";
import type { ScorerUnit } from "./scorer-features";

const MIN_KEPT_WEIGHT = 0.05;

// Raise it whenever the fitting itself changes, so the shipped weights are known to be stale.
const TRAINER_VERSION = 1;

/** How to fit: scorer.yml's training block without the file list. */
export type FitSettings = Omit<ScorerFile["training"], "files">;

/** What the scorer saw of one labelled message, and the class it should have found. */
export interface LabelledUnit {
  readonly features: readonly string[];
  /** Index into SCORER_CLASSES. */
  readonly label: number;
}

/**
 * Reads every labelled message the way the scorer would (the matcher itself, scorer off), including
 * the messages the rules already flag: they teach what a conflation looks like too. Messages without
 * a sentence the scorer may judge are left out, as at run time.
 */
export function collectUnits(knowledge: Knowledge, entries: readonly CorpusEntry[]): LabelledUnit[] {
  const seen: ScorerUnit[] = [];
  const matcher = createMatcher(knowledge, { scorer: false, onScorerUnit: (unit) => seen.push(unit) });
  const units: LabelledUnit[] = [];
  for (const entry of entries) {
    seen.length = 0;
    matcher.classify(entry.text);
    const [unit] = seen;
    if (unit === undefined) continue;
    const label = entry.intent === "conflation" ? SCORER_CLASSES.indexOf(entry.kind ?? "equivalence") : 0;
    units.push({ features: [...unit.features].sort(), label });
  }
  return units;
}

/**
 * Changes whenever what the weights were fitted to or how they were fitted changes: the units (their
 * features and labels), the training settings, or the trainer itself (TRAINER_VERSION).
 */
export function digestUnits(units: readonly LabelledUnit[], settings: FitSettings): string {
  const hash = createHash("sha256");
  const { epochs, runs, learning_rate, l2 } = settings;
  hash.update(`${TRAINER_VERSION}\t${MIN_KEPT_WEIGHT}\t${epochs}\t${runs}\t${learning_rate}\t${l2}\n`);
  for (const unit of units) hash.update(`${unit.label}\t${unit.features.join("\u0001")}\n`);
  return hash.digest("hex");
}

/**
 * Fits the multinomial logistic regression by stochastic gradient descent with L2 shrinkage and a
 * step that shrinks to zero over the epochs, once per seed in 1..runs, and averages the weights:
 * one run's weights lean on the order it happened to visit the units, and a message near the
 * threshold could flip with it. The same units always give the same weights.
 * natural's LogisticRegressionClassifier is no fit here: it runs full-batch descent on dense matrices
 * over the whole vocabulary, without regularisation, and took 4.3 s for 400 of these units (the
 * corpus holds about 1,500 over 17,000 features); this loop touches only the features a unit has.
 */
export function trainScorer(units: readonly LabelledUnit[], settings: FitSettings): ScorerModel {
  const classes = SCORER_CLASSES.length;
  const bias = new Array<number>(classes).fill(0);
  const weights = new Map<string, number[]>();
  for (let seed = 1; seed <= settings.runs; seed++) {
    const run = fitOnce(units, settings, seed);
    const share = 1 / settings.runs;
    run.bias.forEach((weight, k) => {
      bias[k] = (bias[k] ?? 0) + share * weight;
    });
    for (const [feature, row] of run.weights) {
      const sum = weights.get(feature) ?? new Array<number>(classes).fill(0);
      row.forEach((weight, k) => {
        sum[k] = (sum[k] ?? 0) + share * weight;
      });
      weights.set(feature, sum);
    }
  }
  const features: string[] = [];
  const flat: number[] = [];
  for (const feature of [...weights.keys()].sort()) {
    const row = weights.get(feature) ?? [];
    // A feature that barely moves any class costs load time and changes no verdict (measured: below
    // 0.05 none on any corpus; at 0.1 one held-out message).
    if (row.every((weight) => Math.abs(weight) < MIN_KEPT_WEIGHT)) continue;
    features.push(feature);
    flat.push(...row.map(round));
  }
  return {
    trained_on: [],
    units_digest: digestUnits(units, settings),
    classes: [...SCORER_CLASSES],
    bias: bias.map(round),
    features,
    weights: flat,
  };
}

/** The model as JSON with one feature (and one row of weights) per line, so a retrained model reads well in a diff. */
export function serializeScorerModel(model: ScorerModel): string {
  const classes = model.classes.length;
  const rows = model.features.map((_, index) =>
    model.weights.slice(index * classes, (index + 1) * classes).join(", "),
  );
  return [
    "{",
    `  "trained_on": ${JSON.stringify(model.trained_on)},`,
    `  "units_digest": ${JSON.stringify(model.units_digest)},`,
    `  "classes": ${JSON.stringify(model.classes)},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    '  "features": [',
    model.features.map((feature) => `    ${JSON.stringify(feature)}`).join(",\n"),
    "  ],",
    '  "weights": [',
    rows.map((row) => `    ${row}`).join(",\n"),
    "  ]",
    "}",
    "",
  ].join("\n");
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function fitOnce(
  units: readonly LabelledUnit[],
  settings: FitSettings,
  seed: number,
): { bias: number[]; weights: Map<string, number[]> } {
  const classes = SCORER_CLASSES.length;
  const bias = new Array<number>(classes).fill(0);
  const weights = new Map<string, number[]>();
  const order = units.map((_, index) => index);
  const random = createSeededRandom(seed);
  const { learning_rate: rate, l2, epochs } = settings;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate * (1 - epoch / epochs);
    shuffle(order, random);
    for (const index of order) {
      const unit = units[index];
      if (!unit) continue;
      const rows = unit.features.map((feature) => {
        let row = weights.get(feature);
        if (!row) {
          row = new Array<number>(classes).fill(0);
          weights.set(feature, row);
        }
        return row;
      });
      const logits = [...bias];
      for (const row of rows) for (let k = 0; k < classes; k++) logits[k] = (logits[k] ?? 0) + (row[k] ?? 0);
      const chances = softmax(logits);
      for (let k = 0; k < classes; k++) {
        const error = (chances[k] ?? 0) - (k === unit.label ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - step * error;
        for (const row of rows) row[k] = (row[k] ?? 0) - step * (error + l2 * (row[k] ?? 0));
      }
    }
  }
  return { bias, weights };
}

/** Fisher-Yates, in place. */
function shuffle(items: number[], random: SeededRandom): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const held = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = held;
  }
}
