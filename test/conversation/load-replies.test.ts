import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadReplies, parseReplies } from "../../src/conversation/load-replies";
import { KnowledgeInvalidError } from "../../src/errors";

const REAL_FILE = join(__dirname, "../../intents/replies.yml");

function problemsOf(source: string): readonly string[] {
  try {
    parseReplies(source, "replies.yml");
  } catch (error: unknown) {
    if (error instanceof KnowledgeInvalidError) return error.problems;
    throw error;
  }
  throw new Error("expected the replies to be rejected");
}

describe("loadReplies", () => {
  it("loads the shipped intents/replies.yml with a clarification for every kind", () => {
    const replies = loadReplies();
    for (const kind of ["equivalence", "wrong_sense", "implication"] as const) {
      expect(replies.clarifications[kind].general.length).toBeGreaterThan(0);
    }
    expect(replies.clarifications.wrong_sense.microservices?.[0]).toMatch(/microsegmentation/);
    expect(replies.explain.microservices).toMatch(/application/);
  });

  it("names the file, the entry and the fix for a missing list", () => {
    const source = readFileSync(REAL_FILE, "utf8").replace(/\n {2}difference:\n(?: {4}.*\n| {6}.*\n)+/, "\n");
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^replies\.yml: answers: difference is missing/);
  });

  it("rejects an unknown key and an empty text, each with its own problem", () => {
    const source = readFileSync(REAL_FILE, "utf8")
      .replace("clarifications:\n", "clarifications:\n  confusion:\n    general: [x]\n")
      .replace(/^compare: \|-\n(?: {2}.*\n|\n)+/m, 'compare: "  "\n');
    const problems = problemsOf(source);
    expect(problems.some((problem) => /clarifications: unknown key "confusion"/.test(problem))).toBe(true);
    expect(problems.some((problem) => /compare.*is empty/.test(problem))).toBe(true);
  });

  it("asks for a shorter text when a clarification runs past three sentences", () => {
    const long = "One. Two. Three. Four.";
    const source = readFileSync(REAL_FILE, "utf8").replace(
      "  implication:\n    general:\n",
      `  implication:\n    general:\n      - "${long}"\n`,
    );
    const problems = problemsOf(source);
    expect(problems).toEqual([
      expect.stringMatching(/clarifications\.implication\.general\[0\]: has 4 sentence/),
    ]);
  });

  it("reports broken YAML with its line", () => {
    expect(problemsOf("about: [unclosed\n")[0]).toMatch(
      /^replies\.yml: line \d+, column \d+: .*fix the YAML/,
    );
  });

  it("reports a missing file as a knowledge problem, not a crash", () => {
    expect(() => loadReplies("/nonexistent/replies.yml")).toThrow(
      expect.objectContaining({ code: "KNOWLEDGE_INVALID" }),
    );
  });
});
