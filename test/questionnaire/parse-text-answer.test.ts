import { parseTextAnswer } from "../../src/questionnaire/parse-text-answer";
import type { QuizQuestion } from "../../src/questionnaire/types";

const none = { application: 0, network: 0 };
const question: QuizQuestion = {
  id: "q3-enforce",
  text: "Where is network security policy enforced today?",
  options: [
    { id: "perimeter", label: "At the edge", scores: none },
    { id: "zones", label: "Between a few large zones", scores: none },
    { id: "per-workload", label: "Between each pair of workloads", scores: none },
    { id: "unknown", label: "I don't know", scores: none },
  ],
};

describe("parseTextAnswer", () => {
  it.each([
    ["2", "zones"],
    [" 2. ", "zones"],
    ["3)", "per-workload"],
    ["1", "perimeter"],
    ["at the edge", "perimeter"],
    ["  BETWEEN   a few LARGE zones ", "zones"],
    ["i don't", "unknown"],
    ["between each", "per-workload"],
    ["a", "perimeter"],
    ["Per-Workload", "per-workload"],
  ])("reads %j as %s", (text, optionId) => {
    expect(parseTextAnswer(question, text)).toBe(optionId);
  });

  it.each([
    ["out of range", "5"],
    ["zero", "0"],
    ["empty", "   "],
    ["an ambiguous prefix", "between"],
    ["unrelated words", "microservices please"],
    ["a number with more text", "2 maybe"],
    ["a longer text than the label", "at the edge today"],
  ])("gives undefined for %s (%j)", (_case, text) => {
    expect(parseTextAnswer(question, text)).toBeUndefined();
  });
});
