import { join } from "node:path";
import type { ScorerModel } from "../../src/knowledge/knowledge-schema";
import { createConflationScorer } from "../../src/matcher/conflation-scorer";
import { createMatcher } from "../../src/matcher/create-matcher";
import type { RuleTracer } from "../../src/matcher/evaluate-rules";
import { readCorpus } from "../../src/matcher/score-corpus";
import type { ScorerUnit } from "../../src/matcher/scorer-features";
import { collectUnits, digestUnits, type LabelledUnit, trainScorer } from "../../src/matcher/train-scorer";
import { INTENTS_DIR, shippedKnowledge } from "./support/shipped-knowledge";

const TRAINING = { epochs: 30, runs: 2, learning_rate: 0.1, l2: 0.001 };

/** A model that knows only the given features, with their weights for none/equivalence/wrong_sense/implication. */
function toyModel(rows: Record<string, readonly [number, number, number, number]>): ScorerModel {
  return {
    trained_on: [],
    units_digest: "",
    classes: ["none", "equivalence", "wrong_sense", "implication"],
    bias: [2, 0, 0, 0],
    features: Object.keys(rows),
    weights: Object.values(rows).flat(),
  };
}

function unit(features: readonly string[], extra: Partial<ScorerUnit> = {}): ScorerUnit {
  return { features, words: new Map([["blorp", "blorped"]]), ...extra };
}

/** Whether the scorer is asked about the message at all (with the shipped gates and shapes). */
function judged(text: string): ScorerUnit | undefined {
  let seen: ScorerUnit | undefined;
  createMatcher(shippedKnowledge(), {
    scorer: false,
    onScorerUnit: (found) => {
      seen = found;
    },
  }).classify(text);
  return seen;
}

describe("the shipped scorer model", () => {
  it("was fitted to the training files as they stand (else run `npm run train-scorer`)", () => {
    const knowledge = shippedKnowledge();
    const { files } = knowledge.scorer.settings.training;
    const entries = files.flatMap((file) => readCorpus(join(INTENTS_DIR, "corpus", file)));
    expect(knowledge.scorer.model.trained_on).toEqual(files);
    const settings = knowledge.scorer.settings.training;
    expect(knowledge.scorer.model.units_digest).toBe(digestUnits(collectUnits(knowledge, entries), settings));
  });

  it("never learns from the files that measure it", () => {
    const { files } = shippedKnowledge().scorer.settings.training;
    for (const unseen of [
      "heldout.jsonl",
      "dev10.jsonl",
      "dev11.jsonl",
      "dev17.jsonl",
      "dev22.jsonl",
      "dev27.jsonl",
      "dev30.jsonl",
      "dev33.jsonl",
      "dev36.jsonl",
      "dev39.jsonl",
      "dev42.jsonl",
      "dev44.jsonl",
      "dev47.jsonl",
      "dev49.jsonl",
      "dev51.jsonl",
      "dev53.jsonl",
      "dev55.jsonl",
      "prose2.jsonl",
      "prose3.jsonl",
    ])
      expect(files).not.toContain(unseen);
  });
});

describe("trainScorer", () => {
  const units: LabelledUnit[] = [
    { features: ["u:SG:blorp", "F:SG"], label: 1 },
    { features: ["u:SG:blorp", "u:SG:is", "F:SG"], label: 1 },
    { features: ["u:G:module", "F:G"], label: 2 },
    { features: ["u:SG:protect", "F:SG"], label: 0 },
    { features: ["u:SG:protect", "u:SG:is", "F:SG"], label: 0 },
  ];

  it("gives the same weights for the same units", () => {
    expect(trainScorer(units, TRAINING)).toEqual(trainScorer(units, TRAINING));
  });

  it("learns which features mark which class", () => {
    const scorer = createConflationScorer(trainScorer(units, TRAINING));
    expect(scorer.judge(unit(["u:SG:blorp", "F:SG"])).probability).toBeGreaterThan(0.7);
    expect(scorer.judge(unit(["u:SG:protect", "F:SG"])).probability).toBeLessThan(0.3);
    const single = scorer.judge(unit(["u:G:module", "F:G"], { singleTerm: "microsegmentation" }));
    expect(single.kind).toBe("wrong_sense");
  });

  it("changes the digest when a label or a training setting changes", () => {
    const relabelled = units.map((entry, index) => (index === 0 ? { ...entry, label: 3 } : entry));
    expect(digestUnits(relabelled, TRAINING)).not.toBe(digestUnits(units, TRAINING));
    expect(digestUnits(units, { ...TRAINING, l2: 0.01 })).not.toBe(digestUnits(units, TRAINING));
  });
});

describe("createConflationScorer", () => {
  const scorer = createConflationScorer(
    toyModel({ "u:SG:blorp": [0, 0, 6, 5], "u:SG:plain": [1, 0, 0, 0], "F:SG": [0, 0.5, 0, 0] }),
  );

  it("reads the chance of a conflation as one minus the chance of none", () => {
    expect(scorer.judge(unit(["u:SG:plain", "F:SG"])).probability).toBeLessThan(0.2);
    expect(scorer.judge(unit(["u:SG:blorp", "F:SG"])).probability).toBeGreaterThan(0.9);
  });

  it("offers wrong_sense only when a judged sentence names one term, and names that term", () => {
    const both = scorer.judge(unit(["u:SG:blorp"]));
    expect(both.kind).toBe("implication");
    expect(both.misusedTerm).toBeUndefined();
    const single = scorer.judge(unit(["u:SG:blorp"], { singleTerm: "microservices" }));
    expect(single).toMatchObject({ kind: "wrong_sense", misusedTerm: "microservices" });
  });

  it("does not count wrong_sense towards a conflation that cannot be one", () => {
    const misuse = createConflationScorer(toyModel({ "u:SG:module": [0, 0, 8, 0] }));
    // Bias 2 for none against 0 for equivalence and implication: about 0.21 once wrong_sense is left out.
    expect(misuse.judge(unit(["u:SG:module"])).probability).toBeLessThan(0.25);
    expect(
      misuse.judge(unit(["u:SG:module"], { singleTerm: "microsegmentation" })).probability,
    ).toBeGreaterThan(0.9);
  });

  it("quotes the author's words that pushed hardest towards the kind it found", () => {
    expect(scorer.judge(unit(["u:SG:blorp", "u:SG:plain"])).cues).toEqual(["blorped"]);
  });

  it("ignores features it was never trained on", () => {
    expect(scorer.judge(unit(["u:SG:unheard"])).probability).toBeCloseTo(
      scorer.judge(unit([])).probability,
      10,
    );
  });
});

describe("what the scorer is asked about", () => {
  it("judges a sentence naming both terms that no rule flagged", () => {
    expect(judged("honestly microservices and microsegmentation, it's all one project to me")).toBeDefined();
  });

  it("judges a title the author gives, and one cited with its words apart", () => {
    expect(
      judged("I just retitle it _Microsegmentation 101_ and keep my microservices slides"),
    ).toBeDefined();
    expect(
      judged("there is a talk called *Building Microservices* and microsegmentation is next"),
    ).toBeUndefined();
    expect(
      judged("there is a talk called Building Microservices and microsegmentation is next"),
    ).toBeDefined();
  });

  it("judges terms in slots that are not parallel", () => {
    expect(judged("the microservices guild meets at 10:30, and microseg is the same thing")).toBeDefined();
  });

  it("judges one term beside a cue of the other's sense, and says which term", () => {
    expect(judged("the microservices need a deny rule on the core firewall")).toMatchObject({
      singleTerm: "microservices",
    });
  });

  it.each([
    ["a term with no cue of the other's sense", "our microservices are written in go"],
    ["an open question", "what is microsegmentation, and how does it relate to microservices?"],
    [
      "a refutation anywhere in the message",
      "microservices and microsegmentation. totally unrelated, to be clear.",
    ],
    // Each text below is judged once its reason is taken away, and no rule holds it back on its own.
    ["sarcasm", "microsegmentation appears next to microservices in the job ad /s"],
    ["a term quoted as a word", "'microsegmentation' appears next to microservices in the job ad"],
    ["double quotes", 'microservices and microsegmentation, "one project" to me'],
    [
      "a term in an emphasised title",
      "*Building Microservices* appears next to microsegmentation in the job ad",
    ],
    [
      "microsegmentation put before the split",
      "totally fine to microsegment before decomposing, the monolith team agreed",
    ],
    ["microsegmented as the adjective of an estate", "our services run on a microsegmented platform"],
    [
      "the terms in time slots",
      "room booked: 10:30 microservices guild, 14:00 microseg community of practice",
    ],
    [
      "the terms after the same word",
      "cover next week: Sam takes microservices questions, Ana takes microsegmentation",
    ],
    ["reported speech", "my manager says microsegmentation appears next to microservices in the job ad"],
    [
      "a claim taken back",
      "rewriting as microservices so we can finally get microsegmentation for the audit. nah",
    ],
    [
      "microservices as the unit policy is written for",
      "we write a NetworkPolicy per microservice on the firewall",
    ],
    [
      "microsegmentation applied to microservices",
      "microsegmentation for our microservices starts next sprint",
    ],
  ])("does not judge %s", (_, text) => {
    expect(judged(text)).toBeUndefined();
  });
});

describe("the matcher with a scorer", () => {
  const shipped = shippedKnowledge();
  const knowledge = {
    ...shipped,
    scorer: {
      settings: { ...shipped.scorer.settings, threshold: 0.5 },
      model: toyModel({ "u:SG:blorp": [0, 8, 0, 0] }),
    },
  };
  const text = "microservices and microsegmentation are blorp";

  it("flags what no rule did, with evidence that names the scorer and the words", () => {
    const result = createMatcher(knowledge).classify(text);
    expect(result).toMatchObject({ intent: "conflation", kind: "equivalence" });
    expect(result.evidence[0]).toMatchObject({ rule: "scored.equivalence", cues: ["blorp"] });
    expect(result.evidence[0]?.note).toBe(`${shipped.scorer.settings.note} (1)`);
    // Never as sure as a rule.
    expect(result.confidence).toBeLessThanOrEqual(0.81);
  });

  it("leaves it a mention with the scorer off", () => {
    expect(createMatcher(knowledge, { scorer: false }).classify(text).intent).toBe("mention");
  });

  it("tells a tracer why it was not asked", () => {
    const reasons: string[] = [];
    const tracer: RuleTracer = {
      sentence: () => undefined,
      outcome: () => undefined,
      notScored: (reason) => reasons.push(reason),
    };
    createMatcher(knowledge).classify(`${text}. totally unrelated, to be clear.`, tracer);
    createMatcher(knowledge).classify("our microservices are written in go", tracer);
    expect(reasons).toEqual([
      "the message refutes or asks openly",
      "no sentence is shaped like a conflation and free of quotes and reports",
    ]);
  });

  it("tells a tracer what it made of the message", () => {
    const scored: number[] = [];
    const tracer: RuleTracer = {
      sentence: () => undefined,
      outcome: () => undefined,
      scored: (judgement, threshold) => {
        scored.push(judgement?.probability ?? -1, threshold);
      },
    };
    createMatcher(knowledge).classify(text, tracer);
    expect(scored[0]).toBeGreaterThan(0.99);
    expect(scored[1]).toBe(0.5);
  });
});
