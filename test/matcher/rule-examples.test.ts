import { loadKnowledge } from "../../src/knowledge/load-knowledge";
import { createMatcher } from "../../src/matcher/create-matcher";

// Every rule in intents/patterns.yml carries its own examples: this keeps the data honest as it is edited.
const knowledge = loadKnowledge();
const matcher = createMatcher(knowledge);

const examples = knowledge.rules.flatMap((rule) =>
  (rule.examples ?? []).map((text) => [rule.id, text] as const),
);
const counterexamples = knowledge.rules.flatMap((rule) =>
  (rule.counterexamples ?? []).map((text) => [rule.id, text] as const),
);

describe("rule examples in patterns.yml", () => {
  it("every rule has at least one example", () => {
    const without = knowledge.rules
      .filter((rule) => (rule.examples ?? []).length === 0)
      .map((rule) => rule.id);
    expect(without).toEqual([]);
  });

  it.each(examples)("%s fires on %j", (ruleId, text) => {
    const result = matcher.classify(text);
    expect(result.intent).toBe("conflation");
    expect(result.evidence.map((item) => item.rule)).toContain(ruleId);
  });

  it.each(counterexamples)("%s stays quiet on %j", (ruleId, text) => {
    const result = matcher.classify(text);
    expect(result.evidence.filter((item) => item.rule === ruleId)).toEqual([]);
  });
});
