import {
  decodeEvidenceSummary,
  encodeEvidenceSummary,
  MAX_EVIDENCE_SUMMARY_LENGTH,
} from "../../src/conversation/evidence-summary";
import type { MatchResult } from "../../src/matcher/types";
import { conflation } from "./support/fake-matcher";

describe("the evidence summary carried by the why-button", () => {
  it("round-trips kind, misused term, confidence, rules, cues and notes", () => {
    const summary = decodeEvidenceSummary(encodeEvidenceSummary(conflation("wrong_sense", "microservices")));
    expect(summary).toEqual({
      k: "wrong_sense",
      t: "microservices",
      c: 0.93,
      e: [
        { r: "fake.wrong_sense", c: ["same thing"], n: "The two terms are linked as wrong_sense." },
        { r: "fake.second", c: ["aka"], n: "A second cue." },
      ],
    });
  });

  it("shrinks huge evidence until it fits a button value, keeping the rule ids", () => {
    const result: MatchResult = {
      ...conflation("equivalence"),
      evidence: Array.from({ length: 30 }, (_, index) => ({
        rule: `rule.${index}`,
        cues: Array.from({ length: 20 }, () => "x".repeat(60)),
        note: "n".repeat(400),
      })),
    };
    const encoded = encodeEvidenceSummary(result);
    expect(encoded.length).toBeLessThanOrEqual(MAX_EVIDENCE_SUMMARY_LENGTH);
    const summary = decodeEvidenceSummary(encoded);
    expect(summary?.k).toBe("equivalence");
    expect(summary?.e[0]?.r).toBe("rule.0");
  });

  it.each(["", "{", "[]", '{"k":1}', "null"])("decodes %j as nothing", (value) => {
    expect(decodeEvidenceSummary(value)).toBeUndefined();
  });
});
