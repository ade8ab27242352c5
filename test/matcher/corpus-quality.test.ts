import { join } from "node:path";
import { createMatcher } from "../../src/matcher/create-matcher";
import { type ClassScore, formatScore, readCorpus, scoreCorpus } from "../../src/matcher/score-corpus";

const corpus = (file: string) => readCorpus(join(__dirname, "..", "..", "intents", "corpus", file));
const matcher = createMatcher();
const conflation = (scores: readonly ClassScore[]): ClassScore => {
  const found = scores.find((score) => score.label === "conflation");
  if (!found) throw new Error("no conflation row");
  return found;
};

describe("matcher quality on the labelled corpora", () => {
  it("meets the bar on the tuning corpora (dev and dev2): conflation precision >= 0.95, recall >= 0.80", () => {
    const score = scoreCorpus(matcher, [...corpus("dev.jsonl"), ...corpus("dev2.jsonl")]);
    process.stdout.write(`dev + dev2\n${formatScore(score)}\n`);
    // dev2 was written with deliberately different phrasing; together they must clear the bar.
    expect(conflation(score.intents).precision).toBeGreaterThanOrEqual(0.95);
    expect(conflation(score.intents).recall).toBeGreaterThanOrEqual(0.8);
  });

  it("holds its ground on the held-out corpus (phrasing never tuned on)", () => {
    const score = scoreCorpus(matcher, corpus("heldout.jsonl"));
    process.stdout.write(`held-out\n${formatScore(score)}\n`);
    // The goal is precision >= 0.95 and recall >= 0.85 here; these floors are the measured level
    // (0.92 / 0.75 when this was written) so that no change can quietly make it worse.
    expect(conflation(score.intents).precision).toBeGreaterThanOrEqual(0.9);
    expect(conflation(score.intents).recall).toBeGreaterThanOrEqual(0.72);
    for (const kind of score.kinds) expect(kind.recall).toBeGreaterThan(0.5);
  });

  it("raises fewer than 1 false alarm per 100 paragraphs of real technical prose", () => {
    const paragraphs = corpus("prose.jsonl");
    const alarms = paragraphs.filter((entry) => matcher.classify(entry.text).intent === "conflation");
    expect(alarms.map((entry) => entry.id)).toEqual([]);
    expect(alarms.length / paragraphs.length).toBeLessThan(0.01);
  });

  it("leaves near misses alone: no term, no verdict", () => {
    const nearMisses = [...corpus("dev.jsonl"), ...corpus("heldout.jsonl"), ...corpus("dev2.jsonl")].filter(
      (entry) => entry.intent === "none",
    );
    const flagged = nearMisses.filter((entry) => matcher.classify(entry.text).intent === "conflation");
    expect(flagged.map((entry) => entry.id)).toEqual([]);
  });
});
