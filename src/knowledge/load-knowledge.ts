import { KnowledgeInvalidError } from "../errors";
import type { Term } from "../matcher/types";
import { intentsPath } from "./intents-path";
import type { LexiconsFile, RuleEntry, ScorerFile, ScorerModel, TermsFile } from "./knowledge-schema";
import {
  DEFAULT_SNAPSHOT_PATH,
  digestKnowledge,
  type KnowledgeFiles,
  readKnowledgeSnapshot,
} from "./knowledge-snapshot";

/** The matcher's knowledge, validated: everything a domain expert edits under intents/. */
export interface Knowledge {
  readonly forms: ReadonlyMap<string, { readonly term: Term; readonly role: "noun" | "count" | "verb" }>;
  readonly fuzzy: TermsFile["fuzzy"];
  readonly lexicons: LexiconsFile["lexicons"];
  readonly rules: readonly RuleEntry[];
  /** The statistical scorer's settings (scorer.yml) and its trained weights (scorer-model.json). */
  readonly scorer: { readonly settings: ScorerFile; readonly model: ScorerModel };
}

/** Names a rule may list under forbids/requires besides lexicon groups. */
export const BUILT_IN_CONDITIONS = [
  "svc_term",
  "seg_term",
  "svc_in_message",
  "seg_in_message",
  "named_service",
] as const;

export const DEFAULT_INTENTS_DIR = intentsPath();

export function loadKnowledge(
  intentsDir: string = DEFAULT_INTENTS_DIR,
  options: {
    // Training writes the model, so it must be able to load everything else without it.
    readonly untrainedScorer?: boolean;
    /** The snapshot `npm run build` took of the files (see knowledge-snapshot.ts); false: parse them. */
    readonly snapshotPath?: string | false;
  } = {},
): Knowledge {
  const problems: string[] = [];
  const files = readSnapshot(intentsDir, options) ?? readFiles(intentsDir, options, problems);
  if (!files) throw new KnowledgeInvalidError(problems);
  return checkKnowledge(files);
}

/**
 * The knowledge the files make together, once the checks across them pass (a form listed twice, a
 * rule naming a group that does not exist, ...); throws KnowledgeInvalidError naming each problem.
 */
export function checkKnowledge(files: KnowledgeFiles): Knowledge {
  const problems: string[] = [];
  const { terms, lexiconsFile, patterns, scorerSettings, scorerModel } = files;

  const forms = new Map<string, { term: Term; role: "noun" | "count" | "verb" }>();
  for (const term of ["microservices", "microsegmentation"] as const) {
    terms.terms[term].forms.forEach((entry, index) => {
      const where = `terms.yml: terms.${term}.forms[${index}] "${entry.form}"`;
      if (!/^[a-z0-9]+$/.test(entry.form)) {
        problems.push(
          `${where}: write the form as one word of letters and digits; separators are handled by the engine`,
        );
      }
      const existing = forms.get(entry.form);
      if (existing) {
        problems.push(
          `${where}: this form is already listed under ${existing.term}; keep it in one place only`,
        );
      }
      forms.set(entry.form, { term, role: entry.role });
    });
  }
  terms.fuzzy.never.forEach((word, index) => {
    if (forms.has(word)) {
      problems.push(
        `terms.yml: fuzzy.never[${index}] "${word}" is also a listed form; remove it from one of the lists`,
      );
    }
  });

  const lexicons = lexiconsFile.lexicons;
  for (const [group, entries] of Object.entries(lexicons)) {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry)) {
        problems.push(
          `lexicons.yml: lexicons.${group}[${index}] "${entry}" is listed twice in this group; delete one`,
        );
      }
      seen.add(entry);
    });
  }

  const ids = new Set<string>();
  patterns.rules.forEach((rule, index) => {
    const where = `patterns.yml: rules[${index}] (${rule.id})`;
    if (ids.has(rule.id))
      problems.push(`${where}: the id is used twice; rule ids are stable and must be unique`);
    ids.add(rule.id);
    if (!rule.id.startsWith(`${rule.kind}.`)) {
      problems.push(`${where}: the id must start with its kind "${rule.kind}."`);
    }
    if (rule.kind === "wrong_sense" && !rule.misused) {
      problems.push(
        `${where}: a wrong_sense rule must say which term is misused (misused: microservices|microsegmentation)`,
      );
    }
    for (const reference of rule.pattern.matchAll(/\{@([a-z_]+)\}/g)) {
      const name = reference[1] ?? "";
      if (!(name in lexicons)) {
        problems.push(
          `${where}: the pattern uses {@${name}} but lexicons.yml has no group "${name}"; add it or fix the name`,
        );
      }
    }
    for (const condition of [...(rule.forbids ?? []), ...(rule.requires ?? [])]) {
      const builtIn = (BUILT_IN_CONDITIONS as readonly string[]).includes(condition);
      const groups = condition.startsWith("more:")
        ? condition
            .slice(5)
            .split(">")
            .map((part) => part.replace(/^message:/, ""))
        : [condition.replace(/^atleast:\d+:/, "").replace(/^message:/, "")];
      if (!builtIn && groups.some((group) => !(group in lexicons))) {
        problems.push(
          `${where}: "${condition}" in forbids/requires names no lexicons.yml group (write "group", "message:group", "more:group>group" or "atleast:2:group") and is not one of ${BUILT_IN_CONDITIONS.join(", ")}`,
        );
      }
    }
    // In a double-quoted YAML string "\b" is a backspace and "\t" a tab: the pattern would silently never match.
    const control = [...rule.pattern].find((char) => char.charCodeAt(0) < 0x20);
    if (control !== undefined) {
      const code = `\\u${control.charCodeAt(0).toString(16).padStart(4, "0")}`;
      problems.push(
        `${where}: the pattern holds a control character (${code}), which is what "\\b" or "\\t" becomes inside double quotes in YAML; write the backslash twice ("\\\\b")`,
      );
    }
    const usesPair = rule.pattern.includes("{X}") || rule.pattern.includes("{Y}");
    if (usesPair && !(rule.pattern.includes("{X}") && rule.pattern.includes("{Y}"))) {
      problems.push(`${where}: a pattern that uses {X} must also use {Y} (the two different terms)`);
    }
  });

  for (const [shape, named] of Object.entries(scorerSettings.shapes)) {
    const groups = typeof named === "string" ? [named] : named;
    groups.forEach((group, index) => {
      const where = typeof named === "string" ? `shapes.${shape}` : `shapes.${shape}[${index}]`;
      if (!(group in lexicons)) {
        problems.push(
          `scorer.yml: ${where} "${group}" names no lexicons.yml group; add the group or fix the name`,
        );
      }
    });
  }

  if (problems.length > 0) throw new KnowledgeInvalidError(problems);
  return {
    forms,
    fuzzy: terms.fuzzy,
    lexicons,
    rules: patterns.rules,
    scorer: { settings: scorerSettings, model: scorerModel },
  };
}

/**
 * The files as a snapshot holds them, when one was taken of exactly these files: they were parsed and
 * validated then, so the YAML parser and the schema library need not even be loaded, which is most
 * of the matcher's start-up.
 */
function readSnapshot(
  dir: string,
  options: { readonly untrainedScorer?: boolean; readonly snapshotPath?: string | false },
): KnowledgeFiles | undefined {
  const path = options.snapshotPath ?? DEFAULT_SNAPSHOT_PATH;
  if (options.untrainedScorer || path === false) return undefined;
  const digest = digestKnowledge(dir);
  return digest === undefined ? undefined : readKnowledgeSnapshot(path, digest);
}

function readFiles(
  dir: string,
  options: { readonly untrainedScorer?: boolean },
  problems: string[],
): KnowledgeFiles | undefined {
  // Required here, not imported: with a snapshot, the parser and the schemas are never loaded.
  const { readKnowledgeFiles } = require("./read-knowledge-files") as typeof import("./read-knowledge-files");
  return readKnowledgeFiles(dir, options, problems);
}
