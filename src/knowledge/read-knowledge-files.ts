import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { SCORER_CLASSES } from "../matcher/conflation-scorer";
import { describeSchemaIssue } from "./describe-schema-issue";
import {
  lexiconsFileSchema,
  patternsFileSchema,
  type ScorerModel,
  scorerFileSchema,
  scorerModelSchema,
  termsFileSchema,
} from "./knowledge-schema";
import type { KnowledgeFiles } from "./knowledge-snapshot";
import { parseKnowledgeYaml } from "./parse-knowledge-yaml";

/** A model that knows nothing: what training starts from when scorer-model.json is missing or stale. */
const UNTRAINED_SCORER_MODEL: ScorerModel = {
  trained_on: [],
  units_digest: "",
  classes: [...SCORER_CLASSES],
  bias: [0, 0, 0, 0],
  features: [],
  weights: [],
};

/**
 * Parses and validates each knowledge file under `dir` on its own, adding every problem found to
 * `problems`; undefined when any file could not be read as its schema says.
 */
export function readKnowledgeFiles(
  dir: string,
  options: { readonly untrainedScorer?: boolean },
  problems: string[],
): KnowledgeFiles | undefined {
  const terms = readYaml(dir, "terms.yml", termsFileSchema, problems);
  const lexiconsFile = readYaml(dir, "lexicons.yml", lexiconsFileSchema, problems);
  const patterns = readYaml(dir, "patterns.yml", patternsFileSchema, problems);
  const scorerSettings = readYaml(dir, "scorer.yml", scorerFileSchema, problems);
  const scorerModel = options.untrainedScorer ? UNTRAINED_SCORER_MODEL : readScorerModel(dir, problems);
  if (!terms || !lexiconsFile || !patterns || !scorerSettings || !scorerModel) return undefined;
  return { terms, lexiconsFile, patterns, scorerSettings, scorerModel };
}

/** The trained weights are generated (npm run train-scorer), so JSON, read without the YAML parser's cost. */
function readScorerModel(dir: string, problems: string[]): ScorerModel | undefined {
  const file = "scorer-model.json";
  const retrain = "run `npm run train-scorer` to write it again";
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "is not valid JSON" : "cannot be read";
    problems.push(`${file}: the file ${reason}; ${retrain}`);
    return undefined;
  }
  const parsed = scorerModelSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5)) {
      const problem = describeSchemaIssue(issue, raw);
      problems.push(`${file}: ${problem.entry}: ${problem.fix}; or ${retrain}`);
    }
    return undefined;
  }
  const { features, weights, classes } = parsed.data;
  let numbers = weights.length === features.length * classes.length;
  for (let i = 0; numbers && i < weights.length; i++) numbers = Number.isFinite(weights[i]);
  if (!numbers) {
    problems.push(
      `${file}: weights: give ${classes.length} numbers per feature (${features.length * classes.length} in all); ${retrain}`,
    );
    return undefined;
  }
  return parsed.data;
}

function readYaml<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  const parsed = parseKnowledgeYaml(join(dir, file), schema);
  for (const problem of parsed.problems) problems.push(`${file}: ${problem.entry}: ${problem.fix}`);
  return parsed.data;
}
