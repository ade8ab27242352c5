import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { load as parse, dump as stringify } from "js-yaml";
import { isMicrosenseError, KnowledgeInvalidError } from "../../src/errors";
import type { RuleEntry } from "../../src/knowledge/knowledge-schema";
import { loadKnowledge } from "../../src/knowledge/load-knowledge";
import { useKnowledgeCopies } from "./support/knowledge-copies";
import { INTENTS_DIR } from "./support/shipped-knowledge";

interface TermsData {
  terms: Record<"microservices" | "microsegmentation", { forms: { form: string; role: string }[] }>;
  fuzzy: { never: string[] };
}
interface PatternsData {
  rules: Partial<RuleEntry>[];
}

/** A fresh copy of the shipped intents/ with `edits` applied to the raw text of some files. */
const brokenCopy = useKnowledgeCopies("microsense-knowledge-");

/** An edit that changes the parsed data and writes it back as YAML. */
function editData<T>(change: (data: T) => void): (raw: string) => string {
  return (raw) => {
    const data = parse(raw) as T;
    change(data);
    return stringify(data);
  };
}

function problemsOf(dir: string): readonly string[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeInvalidError);
    expect(isMicrosenseError(error, "KNOWLEDGE_INVALID")).toBe(true);
    return (error as KnowledgeInvalidError).problems;
  }
  throw new Error(`loadKnowledge accepted the broken copy in ${dir}`);
}

function shippedRules(): Partial<RuleEntry>[] {
  return (parse(readFileSync(join(INTENTS_DIR, "patterns.yml"), "utf8")) as PatternsData).rules;
}

/** The index of the first rule matching `test`, and the rule. */
function findRule(test: (rule: Partial<RuleEntry>) => boolean): { index: number; rule: Partial<RuleEntry> } {
  const rules = shippedRules();
  const index = rules.findIndex(test);
  const rule = rules[index];
  if (!rule) throw new Error("no shipped rule fits this test");
  return { index, rule };
}

describe("loadKnowledge", () => {
  it("loads the shipped intents", () => {
    const knowledge = loadKnowledge(INTENTS_DIR);
    expect(knowledge.forms.get("microservices")).toEqual({ term: "microservices", role: "noun" });
    expect(knowledge.forms.get("microsegment")).toEqual({ term: "microsegmentation", role: "verb" });
    expect(knowledge.fuzzy.never).toContain("microsecond");
    expect(knowledge.rules.length).toBeGreaterThan(10);
    expect(new Set(knowledge.rules.map((rule) => rule.id)).size).toBe(knowledge.rules.length);
    expect(Object.keys(knowledge.lexicons)).toEqual(expect.arrayContaining(["same", "negation"]));
  });

  it("finds the shipped intents by default, from the sources as from dist/", () => {
    expect(loadKnowledge()).toEqual(loadKnowledge(INTENTS_DIR));
  });

  it("loads an unmodified copy the same way", () => {
    expect(loadKnowledge(brokenCopy({}))).toEqual(loadKnowledge(INTENTS_DIR));
  });

  it("names the rule whose pattern uses an unknown lexicon group", () => {
    const { index, rule } = findRule(() => true);
    const dir = brokenCopy({
      "patterns.yml": editData<PatternsData>((data) => {
        const target = data.rules[index];
        if (target) target.pattern = `${target.pattern} {@no_such_group}`;
      }),
    });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^patterns\.yml: rules\[\d+\] .*no_such_group/)]);
    expect(problemsOf(dir)[0]).toContain(`rules[${index}] (${rule.id})`);
  });

  it("names a pattern in which YAML turned a single-backslash \\b into a control character", () => {
    const { index, rule } = findRule((entry) => entry.pattern?.includes("\\b") ?? false);
    const dir = brokenCopy({
      // What an author gets by writing "\b" instead of "\\b" inside double quotes.
      "patterns.yml": (raw) => {
        const at = raw.indexOf(`id: ${rule.id}\n`);
        return raw.slice(0, at) + raw.slice(at).replace("\\\\b", "\\b");
      },
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`rules[${index}] (${rule.id})`);
    expect(problems[0]).toMatch(/control character \(\\u0008\).*write the backslash twice/);
  });

  it("names a duplicate rule id at its second place", () => {
    const first = findRule(() => true);
    const second = findRule((rule) => rule.kind === first.rule.kind && rule.id !== first.rule.id);
    const dir = brokenCopy({
      "patterns.yml": editData<PatternsData>((data) => {
        const target = data.rules[second.index];
        if (target && first.rule.id) target.id = first.rule.id;
      }),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`patterns.yml: rules[${second.index}] (${first.rule.id})`);
    expect(problems[0]).toMatch(/twice|unique/);
  });

  it("names a form listed under both terms, where it is listed the second time", () => {
    const dir = brokenCopy({
      "terms.yml": editData<TermsData>((data) => {
        data.terms.microservices.forms.push({ form: "microseg", role: "noun" });
      }),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^terms\.yml: terms\.microsegmentation\.forms\[\d+\] "microseg": /);
    expect(problems[0]).toContain("already listed under microservices");
  });

  it("names a form listed twice under one term", () => {
    const dir = brokenCopy({
      "terms.yml": editData<TermsData>((data) => {
        data.terms.microservices.forms.push({ form: "microsvc", role: "noun" });
      }),
    });
    const forms = (parse(readFileSync(join(INTENTS_DIR, "terms.yml"), "utf8")) as TermsData).terms
      .microservices.forms;
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        new RegExp(`^terms\\.yml: terms\\.microservices\\.forms\\[${forms.length}\\] "microsvc": `),
      ),
    ]);
  });

  it("names a form that fuzzy.never also lists", () => {
    const dir = brokenCopy({
      "terms.yml": editData<TermsData>((data) => {
        data.fuzzy.never.push("microsvc");
      }),
    });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^terms\.yml: fuzzy\.never\[\d+\] "microsvc"/)]);
  });

  it("names an unquoted boolean in a lexicon and says to quote it", () => {
    const dir = brokenCopy({
      "lexicons.yml": (raw) => raw.replace(/^ {2}same:\n/m, "  same:\n    - true\n"),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lexicons\.yml: lexicons\.same\[0\]: /);
    expect(problems[0]).toMatch(/quote/);
  });

  it("names a file that is not valid YAML", () => {
    const dir = brokenCopy({ "patterns.yml": (raw) => `${raw}\n  - id: [unclosed\n` });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^patterns\.yml: line \d+, column \d+: .*fix the YAML syntax there$/);
  });

  it("names a wrong_sense rule that does not say which term is misused", () => {
    const { index, rule } = findRule((candidate) => candidate.kind === "wrong_sense");
    const dir = brokenCopy({
      "patterns.yml": editData<PatternsData>((data) => {
        const target = data.rules[index];
        if (target) delete target.misused;
      }),
    });
    expect(problemsOf(dir)).toEqual([expect.stringContaining(`patterns.yml: rules[${index}] (${rule.id})`)]);
    expect(problemsOf(dir)[0]).toContain("misused");
  });

  it("reports the problems of several files at once", () => {
    const dir = brokenCopy({
      "terms.yml": editData<TermsData>((data) => {
        data.terms.microservices.forms.push({ form: "MicroSvc", role: "noun" });
      }),
      "lexicons.yml": (raw) => raw.replace(/^ {2}same:\n/m, "  same:\n    - false\n"),
    });
    const problems = problemsOf(dir);
    expect(problems).toEqual([
      expect.stringMatching(/^terms\.yml: terms\.microservices\.forms\[\d+\]: form: .*lowercase/),
      expect.stringMatching(/^lexicons\.yml: lexicons\.same\[0\]: /),
    ]);
  });

  it("names a missing file", () => {
    const dir = brokenCopy({});
    rmSync(join(dir, "lexicons.yml"));
    expect(problemsOf(dir)).toEqual([expect.stringContaining("lexicons.yml")]);
  });

  it("names a scorer shape that lists no lexicon group", () => {
    const dir = brokenCopy({
      "scorer.yml": (raw) => raw.replace("    - ws_net_thing\n", "    - ws_net_thingz\n"),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /^scorer\.yml: shapes\.services_beside\[\d+\] "ws_net_thingz" names no lexicons\.yml group/,
      ),
    ]);
  });

  it("tells how to write the scorer model again when it is missing or damaged", () => {
    const missing = brokenCopy({});
    rmSync(join(missing, "scorer-model.json"));
    expect(problemsOf(missing)).toEqual([expect.stringContaining("npm run train-scorer")]);

    const truncated = brokenCopy({ "scorer-model.json": (raw) => raw.slice(0, raw.length / 2) });
    expect(problemsOf(truncated)).toEqual([
      expect.stringMatching(/^scorer-model\.json: .*not valid JSON.*train-scorer/),
    ]);

    const shortRow = brokenCopy({
      "scorer-model.json": (raw) => raw.replace(/\n {4}(-?[\d.]+), /, "\n    "),
    });
    expect(problemsOf(shortRow)).toEqual([
      expect.stringMatching(/^scorer-model\.json: weights: give 4 numbers per feature/),
    ]);
  });

  it("loads without a scorer model when asked to, for training", () => {
    const dir = brokenCopy({});
    rmSync(join(dir, "scorer-model.json"));
    expect(loadKnowledge(dir, { untrainedScorer: true }).scorer.model.features).toEqual([]);
  });
});
