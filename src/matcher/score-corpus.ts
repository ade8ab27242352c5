import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Matcher, MatchResult } from "./types";

const corpusEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  intent: z.enum(["conflation", "question", "mention", "none"]),
  kind: z.enum(["equivalence", "wrong_sense", "implication"]).optional(),
  topic: z.enum(["definition", "difference", "other"]).optional(),
  template: z.string().optional(),
  note: z.string().optional(),
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export function readCorpus(path: string): CorpusEntry[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = corpusEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid entry"}`);
      return parsed.data;
    });
}

export interface ClassScore {
  readonly label: string;
  readonly support: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

export interface CorpusScore {
  readonly total: number;
  readonly accuracy: number;
  readonly intents: readonly ClassScore[];
  readonly kinds: readonly ClassScore[];
  readonly topics: readonly ClassScore[];
  readonly mistakes: readonly { entry: CorpusEntry; result: MatchResult }[];
}

/** Precision and recall per intent, per conflation kind and per question topic. */
export function scoreCorpus(matcher: Matcher, entries: readonly CorpusEntry[]): CorpusScore {
  const rows = entries.map((entry) => ({ entry, result: matcher.classify(entry.text) }));
  const score = (
    label: string,
    expected: (e: CorpusEntry) => boolean,
    got: (r: MatchResult) => boolean,
  ): ClassScore => {
    const support = rows.filter((row) => expected(row.entry)).length;
    const predicted = rows.filter((row) => got(row.result)).length;
    const correct = rows.filter((row) => expected(row.entry) && got(row.result)).length;
    return {
      label,
      support,
      predicted,
      correct,
      precision: ratio(correct, predicted),
      recall: ratio(correct, support),
    };
  };
  const intents = (["conflation", "question", "mention", "none"] as const).map((intent) =>
    score(
      intent,
      (e) => e.intent === intent,
      (r) => r.intent === intent,
    ),
  );
  const kinds = (["equivalence", "wrong_sense", "implication"] as const).map((kind) =>
    score(
      kind,
      (e) => e.intent === "conflation" && e.kind === kind,
      (r) => r.intent === "conflation" && r.kind === kind,
    ),
  );
  const topics = (["definition", "difference", "other"] as const).map((topic) =>
    score(
      topic,
      (e) => e.intent === "question" && e.topic === topic,
      (r) => r.intent === "question" && r.topic === topic,
    ),
  );
  const mistakes = rows.filter((row) => row.entry.intent !== row.result.intent);
  return {
    total: rows.length,
    accuracy: ratio(rows.length - mistakes.length, rows.length),
    intents,
    kinds,
    topics,
    mistakes,
  };
}

/** A fixed-width table for people: one line per class. */
export function formatScore(score: CorpusScore): string {
  const line = (s: ClassScore): string =>
    `  ${s.label.padEnd(12)} support ${String(s.support).padStart(4)}  predicted ${String(s.predicted).padStart(4)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`;
  return [
    `messages ${score.total}, intent accuracy ${score.accuracy.toFixed(3)}`,
    "intents:",
    ...score.intents.map(line),
    "conflation kinds:",
    ...score.kinds.map(line),
    "question topics:",
    ...score.topics.map(line),
  ].join("\n");
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
