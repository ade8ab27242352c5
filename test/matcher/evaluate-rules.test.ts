import { compileRules } from "../../src/matcher/compile-rules";
import { createMatcher } from "../../src/matcher/create-matcher";
import {
  createRuleEngine,
  describeShape,
  evaluateRules,
  type RuleEngine,
  type RuleOutcome,
} from "../../src/matcher/evaluate-rules";
import { createLiteralPrefilter, type LiteralPrefilter } from "../../src/matcher/literal-prefilter";
import { joinSentences } from "../../src/matcher/prepare-sentence";
import {
  createRuleTable,
  SEGMENTATION,
  SEGMENTATION_IN_MESSAGE,
  SERVICES,
  SERVICES_IN_MESSAGE,
} from "../../src/matcher/rule-table";
import { createSentenceGates } from "../../src/matcher/sentence-gates";
import { scanSentence } from "../../src/matcher/sentence-scan";
import { corpusSentences } from "./support/corpus-sentences";
import { shippedKnowledge } from "./support/shipped-knowledge";

/** A prefilter that rules nothing out: every expression runs, as it did before there was one. */
function passEverything(): LiteralPrefilter {
  let count = 0;
  return {
    register: () => count++,
    registerAnyOf: () => count++,
    scan: () => ({ mayMatch: () => true }),
  };
}

function engineWith(prefilter: LiteralPrefilter): RuleEngine {
  const knowledge = shippedKnowledge();
  const rules = compileRules(knowledge, prefilter);
  return createRuleEngine(rules, createSentenceGates(knowledge, prefilter), prefilter);
}

/** What a verdict shows: rule, gate and cue of every finding and veto, in order. */
function outcome(engine: RuleEngine, sentence: Parameters<typeof evaluateRules>[0]): string[] {
  const { findings, vetoes } = evaluateRules(sentence, describeShape(sentence.text, engine.gates), engine);
  return [
    ...findings.map((finding) => `finding ${finding.rule.id}: ${finding.cue}`),
    ...vetoes.map((veto) => `veto ${veto.rule.id} (${veto.gate}): ${veto.cue}`),
  ];
}

describe("evaluateRules", () => {
  const sentences = corpusSentences();
  const pairs = sentences.slice(1).map((second, index) => joinSentences(sentences[index] ?? second, second));

  it("finds and vetoes exactly what it does with no literal prefilter at all", () => {
    const knowledge = shippedKnowledge();
    const filtered = engineWith(createLiteralPrefilter(Object.values(knowledge.lexicons)));
    const unfiltered = engineWith(passEverything());
    const differing = [...sentences, ...pairs.slice(0, 400)].filter(
      (sentence) => outcome(filtered, sentence).join("\n") !== outcome(unfiltered, sentence).join("\n"),
    );
    expect(differing.map((sentence) => sentence.text)).toEqual([]);
    expect(sentences.some((sentence) => outcome(filtered, sentence).length > 0)).toBe(true);
  });
});

describe("evaluateRules with a tracer", () => {
  const knowledge = shippedKnowledge();
  const engine = engineWith(createLiteralPrefilter(Object.values(knowledge.lexicons)));

  function traced(sentence: Parameters<typeof evaluateRules>[0]): {
    verdict: string[];
    outcomes: RuleOutcome[];
    seen: string[];
  } {
    const outcomes: RuleOutcome[] = [];
    const seen: string[] = [];
    const shape = describeShape(sentence.text, engine.gates);
    const { findings, vetoes } = evaluateRules(sentence, shape, engine, {
      sentence: (text) => seen.push(text),
      outcome: (entry) => outcomes.push(entry),
    });
    const verdict = [
      ...findings.map((finding) => `finding ${finding.rule.id}: ${finding.cue}`),
      ...vetoes.map((veto) => `veto ${veto.rule.id} (${veto.gate}): ${veto.cue}`),
    ];
    return { verdict, outcomes, seen };
  }

  it("reaches the verdict it reaches untraced, and shows every finding and veto among its outcomes", () => {
    const wrong: string[] = [];
    for (const sentence of corpusSentences()) {
      const { verdict, outcomes, seen } = traced(sentence);
      if (verdict.join("\n") !== outcome(engine, sentence).join("\n") || seen[0] !== sentence.text)
        wrong.push(sentence.text);
      const counted = outcomes
        .filter((entry) => !entry.gate)
        .map((entry) => `finding ${entry.rule}: ${entry.cue}`);
      if (!verdict.filter((line) => line.startsWith("finding")).every((line) => counted.includes(line)))
        wrong.push(`untraced finding in ${sentence.text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("names the condition that rules a matching rule out, even one checked before the expression runs", () => {
    const shipped = shippedKnowledge();
    const template = shipped.rules[0];
    if (!template) throw new Error("no shipped rule");
    const rule = {
      ...template,
      id: "test.forbidden-cue",
      pattern: "{X} is {Y}",
      forbids: ["test_cue"],
      requires: [],
      examples: [],
      counterexamples: [],
    };
    // The scorer would rightly flag the sentence whatever the rule says; this is about the rule.
    const matcher = createMatcher(
      { ...shipped, lexicons: { ...shipped.lexicons, test_cue: ["tuesday"] }, rules: [rule] },
      { scorer: false },
    );
    const outcomes: RuleOutcome[] = [];
    const tracer = { sentence: () => {}, outcome: (entry: RuleOutcome) => outcomes.push(entry) };
    expect(matcher.classify("on tuesday microsegmentation is microservices", tracer).intent).not.toBe(
      "conflation",
    );
    expect(outcomes).toEqual([
      {
        rule: "test.forbidden-cue",
        cue: "microsegmentation is microservices",
        gate: "forbids",
        condition: "test_cue",
      },
    ]);
    outcomes.length = 0;
    expect(matcher.classify("on monday microsegmentation is microservices", tracer).intent).toBe(
      "conflation",
    );
    expect(outcomes).toEqual([{ rule: "test.forbidden-cue", cue: "microsegmentation is microservices" }]);
  });
});

describe("createRuleTable", () => {
  it("tries a rule exactly when its terms and cue groups are there and no forbidden group is", () => {
    const knowledge = shippedKnowledge();
    const prefilter = passEverything();
    const rules = compileRules(knowledge, prefilter);
    const gates = createSentenceGates(knowledge, prefilter);
    const table = createRuleTable(rules, gates.index);
    const wrong: string[] = [];
    for (const sentence of corpusSentences()) {
      const scan = scanSentence(sentence, gates, prefilter);
      const terms =
        (sentence.hasServices ? SERVICES : 0) |
        (sentence.hasSegmentation ? SEGMENTATION : 0) |
        (sentence.message.hasServices ? SERVICES_IN_MESSAGE : 0) |
        (sentence.message.hasSegmentation ? SEGMENTATION_IN_MESSAGE : 0);
      rules.forEach((rule, r) => {
        const expected =
          (!rule.needs.services || sentence.hasServices) &&
          (!rule.needs.segmentation || sentence.hasSegmentation) &&
          rule.cueGroups.every((group) => scan.groups.has(group)) &&
          !rule.forbids.some((condition) => scan.groups.has(condition) || scan.builtIn(condition) === true);
        const actual = table.isWorthTrying(
          r,
          terms,
          scan.groups,
          () => scan.builtIn("named_service") === true,
        );
        if (actual !== expected) wrong.push(`${rule.id} on ${sentence.text}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
