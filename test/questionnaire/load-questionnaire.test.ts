import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as parse, dump as stringify } from "js-yaml";
import { isMicrosenseError, type KnowledgeInvalidError } from "../../src/errors";
import { loadQuestionnaire } from "../../src/questionnaire/load-questionnaire";

const shipped = join(__dirname, "..", "..", "intents", "questionnaire.yml");
let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "microsense-questionnaire-"));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

type Mutable = Record<string, unknown>;

/** The shipped file as plain data, to break one thing at a time. */
function shippedData(): Mutable {
  return parse(readFileSync(shipped, "utf8")) as Mutable;
}

function list(value: unknown): Mutable[] {
  if (!Array.isArray(value)) throw new Error("expected a list");
  return value as Mutable[];
}

function questionAt(data: Mutable, index: number): Mutable {
  const question = list(data.questions)[index];
  if (question === undefined) throw new Error(`no question ${index}`);
  return question;
}

function optionAt(data: Mutable, question: number, option: number): Mutable {
  const found = list(questionAt(data, question).options)[option];
  if (found === undefined) throw new Error(`no option ${option}`);
  return found;
}

let counter = 0;
function problemsFor(content: string): { file: string; problems: readonly string[] } {
  counter += 1;
  const file = join(directory, `broken-${counter}.yml`);
  writeFileSync(file, content);
  try {
    loadQuestionnaire(file);
  } catch (error) {
    expect(isMicrosenseError(error, "KNOWLEDGE_INVALID")).toBe(true);
    const problems = (error as KnowledgeInvalidError).problems;
    for (const problem of problems) expect(problem.startsWith(`${file}: `)).toBe(true);
    return { file, problems };
  }
  throw new Error("expected loadQuestionnaire to reject the file");
}

function problemsAfter(change: (data: Mutable) => void): readonly string[] {
  const data = shippedData();
  change(data);
  return problemsFor(stringify(data)).problems;
}

describe("loadQuestionnaire", () => {
  it("loads the shipped questionnaire by default", () => {
    const definition = loadQuestionnaire();
    expect(definition.questions.length).toBeGreaterThanOrEqual(5);
    expect(definition.questions.length).toBeLessThanOrEqual(7);
    for (const question of definition.questions) {
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(question.options.length).toBeLessThanOrEqual(5);
    }
    expect(Object.keys(definition.results).sort()).toEqual(
      ["both", "microsegmentation", "microservices", "neither"].sort(),
    );
    expect(definition.texts.alreadyAnswered).not.toBe("");
    expect(loadQuestionnaire(shipped)).toEqual(definition);
  });

  it.each<{ case: string; change: (data: Mutable) => void; entry: string; fix: string }>([
    {
      case: "an option without a label",
      change: (data) => {
        delete optionAt(data, 2, 1).label;
      },
      entry: 'questions[2].options[1] (option "zones" of question "q3-enforce")',
      fix: "add a label",
    },
    {
      case: "two options with the same id",
      change: (data) => {
        optionAt(data, 1, 2).id = "single-unit";
      },
      entry: 'questions[1].options[2] (option "single-unit" of question "q2-build")',
      fix: "option ids must be unique within a question, but options[0] already uses",
    },
    {
      case: "two questions with the same id",
      change: (data) => {
        questionAt(data, 3).id = "q1-change";
      },
      entry: 'questions[3] (question "q1-change")',
      fix: "rename one of them",
    },
    {
      case: "a question with a single option",
      change: (data) => {
        questionAt(data, 4).options = list(questionAt(data, 4).options).slice(0, 1);
      },
      entry: 'questions[4] (question "q5-owner")',
      fix: "at least 2 options",
    },
    {
      case: "a missing result",
      change: (data) => {
        data.results = list(data.results).filter((result) => result.id !== "both");
      },
      entry: "results",
      fix: 'there is no result "both"',
    },
    {
      case: "a result id outside the four",
      change: (data) => {
        const result = list(data.results)[3];
        if (result !== undefined) result.id = "nope";
      },
      entry: "results[3]",
      fix: "use one of microservices, microsegmentation, both, neither",
    },
    {
      case: "a threshold no answers can reach",
      change: (data) => {
        data.thresholds = { application: 100, network: 6 };
      },
      entry: "thresholds",
      fix: 'no set of answers leads to "microservices"',
    },
    {
      case: "a misspelled key",
      change: (data) => {
        const option = optionAt(data, 0, 0);
        option.lable = option.label;
      },
      entry: 'questions[0].options[0] (option "app-structure" of question "q1-change")',
      fix: 'unknown key "lable"',
    },
    {
      case: "a fractional score",
      change: (data) => {
        optionAt(data, 0, 1).scores = { application: 0, network: 2.5 };
      },
      entry: "questions[0].options[1].scores",
      fix: "whole numbers",
    },
    {
      case: "an id with spaces",
      change: (data) => {
        optionAt(data, 5, 0).id = "Ship It";
      },
      entry: "questions[5].options[0]",
      fix: "lowercase letters, digits and hyphens",
    },
    {
      case: "two options with the same label",
      change: (data) => {
        optionAt(data, 5, 3).label = "  both OF those ";
      },
      entry: 'questions[5].options[3] (option "not-sure" of question "q6-outcome")',
      fix: "labels must differ within a question",
    },
    {
      case: "a missing text",
      change: (data) => {
        delete (data.texts as Mutable).already_answered;
      },
      entry: "texts",
      fix: "add an already_answered",
    },
  ])("names the entry and the fix for $case", ({ change, entry, fix }) => {
    const problems = problemsAfter(change);
    const matching = problems.filter((problem) => problem.includes(`: ${entry}`) && problem.includes(fix));
    expect({ problems, matching: matching.length }).toEqual({ problems, matching: 1 });
  });

  it("reports every problem at once", () => {
    const problems = problemsAfter((data) => {
      delete optionAt(data, 0, 0).label;
      delete optionAt(data, 3, 2).scores;
      data.version = 0;
    });
    expect(problems).toHaveLength(3);
  });

  it("points at the line of a YAML syntax error", () => {
    const { problems } = problemsFor("id: broken\nquestions:\n  - id: q1\n    text: [unclosed\n");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/: line \d+, column \d+: .*fix the YAML syntax/);
  });

  it("names a file that does not exist", () => {
    const missing = join(directory, "missing.yml");
    try {
      loadQuestionnaire(missing);
      throw new Error("expected a rejection");
    } catch (error) {
      expect(isMicrosenseError(error, "KNOWLEDGE_INVALID")).toBe(true);
      expect((error as KnowledgeInvalidError).problems).toEqual([expect.stringContaining(`${missing}: `)]);
    }
  });
});
