import type { RuleEntry } from "../knowledge/knowledge-schema";
import type { Knowledge } from "../knowledge/load-knowledge";
import { lexiconSource } from "./compile-lexicon";
import { hoistLeadingLookbehinds } from "./hoist-lookbehinds";
import type { LiteralPrefilter } from "./literal-prefilter";
import { requiredLexicons } from "./required-lexicons";
import { type RuleAlternative, splitAlternatives } from "./rule-alternatives";
import { xPrecedesY } from "./slot-order";
import type { ConflationKind, Term } from "./types";

/** A rule from patterns.yml with its pattern expanded into ready regular expressions. */
export interface CompiledRule {
  readonly id: string;
  readonly kind: ConflationKind;
  readonly misused?: Term;
  readonly confidence: number;
  readonly note: string;
  /**
   * The pattern's expressions, one or two (see ruleSources), each split at its top-level "|": what
   * the engine runs. Each alternative has its own literal test, so an alternative that names a cue
   * missing from the sentence is never run, where the whole expression would try it at every position.
   */
  readonly alternatives: readonly (readonly RuleAlternative[])[];
  /**
   * Terms a sentence must name before the regular expressions are worth running: a pattern with
   * {X} and {Y} needs both, one that only says {SEG} needs microsegmentation. Checked first, it skips
   * most rules for most sentences.
   */
  readonly needs: { readonly services: boolean; readonly segmentation: boolean };
  /**
   * Every match names {X} before {Y} (see slot-order.ts): the expression for each order is worth
   * running only on a sentence that names the two terms in that order.
   */
  readonly xBeforeY: boolean;
  /** Lexicon groups every match needs (from the pattern and from `requires`): absent ones skip the rule. */
  readonly cueGroups: readonly string[];
  readonly allowNegation: boolean;
  /**
   * Where a negation vetoes: "match" (the match and a few words before it), "claim" (from the terms
   * to the cue the rule requires, whichever comes first), or "sentence" (anywhere in it).
   */
  readonly negationScope: "match" | "claim" | "sentence";
  readonly allowQuestion: boolean;
  readonly allowReport: boolean;
  readonly forbids: readonly string[];
  /** When set, a cue the rule requires must sit within this many characters of the match. */
  readonly cueWithin?: number;
  readonly requires: readonly string[];
}

// Placeholders the sentence text carries instead of terms (see prepare-sentence.ts).
const SLOTS: Readonly<Record<string, string>> = {
  SVC: "\\bSVC[VS]?\\b",
  SVCN: "\\bSVCS?\\b",
  SVCV: "\\bSVCV\\b",
  SEG: "\\bSEGV?\\b",
  SEGN: "\\bSEG\\b",
  SEGV: "\\bSEGV\\b",
  T: "\\b(?:SVC[VS]?|SEGV?)\\b",
};

export function compileRules(knowledge: Knowledge, prefilter: LiteralPrefilter): CompiledRule[] {
  return knowledge.rules.map((rule) => compileRule(rule, knowledge, prefilter));
}

/**
 * The regular-expression sources of a rule's pattern, shorthands expanded: one, or two for a
 * pattern with {X} and {Y} (the first reads {X} as microservices, the second as microsegmentation).
 */
export function ruleSources(rule: RuleEntry, knowledge: Knowledge): string[] {
  const expanded = expandShorthands(rule.pattern, knowledge);
  const orders = expanded.includes("{X}")
    ? [
        [SLOTS.SVC, SLOTS.SEG],
        [SLOTS.SEG, SLOTS.SVC],
      ]
    : [["", ""]];
  return orders.map(([x, y]) => expanded.replaceAll("{X}", x ?? "").replaceAll("{Y}", y ?? ""));
}

function compileRule(rule: RuleEntry, knowledge: Knowledge, prefilter: LiteralPrefilter): CompiledRule {
  const compile = (source: string): RegExp => {
    try {
      return new RegExp(hoistLeadingLookbehinds(source));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `patterns.yml: rule ${rule.id}: the pattern is not a valid regular expression (${reason})`,
      );
    }
  };
  const sources = ruleSources(rule, knowledge);
  return {
    id: rule.id,
    kind: rule.kind,
    ...(rule.misused ? { misused: rule.misused } : {}),
    confidence: rule.confidence,
    note: rule.note,
    alternatives: sources.map((source) =>
      splitAlternatives(source, compile, (regex) => prefilter.register(regex)),
    ),
    needs: neededTerms(rule.pattern),
    // alternatives[0] reads {X} as microservices and {Y} as microsegmentation, alternatives[1] the other way.
    // The shorthands expand to whole groups, so the pattern as written shows the order as well as
    // its expansion, and is far shorter to read.
    xBeforeY: sources.length === 2 && xPrecedesY(rule.pattern),
    cueGroups: [
      ...new Set([
        ...requiredLexicons(rule.pattern),
        ...(rule.requires ?? []).filter((condition) => condition in knowledge.lexicons),
      ]),
    ],
    allowNegation: rule.allow_negation ?? false,
    negationScope: rule.negation_scope ?? "match",
    allowQuestion: rule.allow_question ?? false,
    allowReport: rule.allow_report ?? false,
    forbids: rule.forbids ?? [],
    ...(rule.cue_within ? { cueWithin: rule.cue_within } : {}),
    requires: rule.requires ?? [],
  };
}

/**
 * Only what every match of the pattern needs: a slot outside all groups, in a pattern without a
 * top-level "|". A slot inside a group may sit in one branch of an alternation, so it proves nothing.
 */
function neededTerms(pattern: string): CompiledRule["needs"] {
  const needs = { services: false, segmentation: false };
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      i++;
    } else if (char === "(") {
      depth++;
    } else if (char === ")") {
      depth--;
    } else if (char === "|" && depth === 0) {
      return { services: false, segmentation: false };
    } else if (char === "{" && depth === 0) {
      const slot = /^\{(X|Y|SVC[NV]?|SEG[NV]?)\}/.exec(pattern.slice(i))?.[1];
      if (slot === "X" || slot === "Y") {
        needs.services = true;
        needs.segmentation = true;
      } else if (slot?.startsWith("SVC")) {
        needs.services = true;
      } else if (slot?.startsWith("SEG")) {
        needs.segmentation = true;
      }
    }
  }
  return needs;
}

function expandShorthands(pattern: string, knowledge: Knowledge): string {
  return pattern
    .replace(/\{@([a-z_]+)\}/g, (_, name: string) => lexiconSource(knowledge.lexicons[name] ?? []))
    .replace(/\{~(\d+)\}/g, (_, count: string) => `(?:[^ ]+ ){0,${Number(count)}}`)
    .replaceAll("{p}", "(?:[^a-zA-Z0-9\\s']{1,3} ){0,2}")
    .replace(/\{(SVCN|SVCV|SVC|SEGN|SEGV|SEG|T)\}/g, (_, slot: string) => SLOTS[slot] ?? "");
}
