import { firstClosedGate, type GateName, type SentenceShape, unmetCondition } from "./closed-gate";
import type { CompiledRule } from "./compile-rules";
import type { ScorerJudgement } from "./conflation-scorer";
import type { LiteralPrefilter } from "./literal-prefilter";
import { type PreparedSentence, renderSpan } from "./prepare-sentence";
import { firstMatch } from "./rule-alternatives";
import {
  createRuleTable,
  type RuleTable,
  SEGMENTATION,
  SEGMENTATION_IN_MESSAGE,
  SERVICES,
  SERVICES_IN_MESSAGE,
} from "./rule-table";
import type { SentenceGates } from "./sentence-gates";
import { scanSentence } from "./sentence-scan";

export type { SentenceShape } from "./closed-gate";

/** A conflation rule that matched and passed every gate. */
export interface RuleFinding {
  readonly rule: CompiledRule;
  readonly cue: string;
}

/** A conflation rule that matched but was held back, and by which gate. */
export interface RuleVeto {
  readonly rule: CompiledRule;
  readonly gate: GateName;
  readonly cue: string;
}

/** What became of one rule whose expression matched: it counts, a gate held it back, or it does not apply. */
export interface RuleOutcome {
  readonly rule: string;
  readonly cue: string;
  /** Undefined when the rule counts. */
  readonly gate?: GateName;
  /** For the forbids and requires gates: the condition that ruled the match out. */
  readonly condition?: string;
}

/** Watches the rules at work, for people tuning patterns.yml (`microsense check --trace`). */
export interface RuleTracer {
  /** A sentence as the rules see it (prepared, joined to its neighbour where that applies). */
  sentence(text: string, shape: SentenceShape): void;
  outcome(outcome: RuleOutcome): void;
  /** What the scorer made of a message no rule decided (undefined: the scorer is off). */
  scored?(judgement: ScorerJudgement | undefined, threshold: number): void;
  /** Why the scorer was not asked about a message no rule decided. */
  notScored?(reason: string): void;
}

/** The compiled rules with the gates and the literal prefilter their expressions are registered with. */
export interface RuleEngine {
  readonly rules: readonly CompiledRule[];
  /** What each rule needs of a sentence, by rule number (see rule-table.ts). */
  readonly table: RuleTable;
  readonly gates: SentenceGates;
  readonly literals: LiteralPrefilter;
}

export function createRuleEngine(
  rules: readonly CompiledRule[],
  gates: SentenceGates,
  literals: LiteralPrefilter,
): RuleEngine {
  return { rules, table: createRuleTable(rules, gates.index), gates, literals };
}

export function describeShape(text: string, gates: SentenceGates): SentenceShape {
  const trimmed = text.trim();
  const isQuestion = trimmed.includes("?") || gates.questionLead.test(trimmed);
  const presupposes = isQuestion && (gates.presupposingTag.test(trimmed) || gates.presumption.test(trimmed));
  return { isQuestion, presupposes };
}

export function evaluateRules(
  sentence: PreparedSentence,
  shape: SentenceShape,
  engine: RuleEngine,
  tracer?: RuleTracer,
): { findings: RuleFinding[]; vetoes: RuleVeto[] } {
  const findings: RuleFinding[] = [];
  const vetoes: RuleVeto[] = [];
  const scan = scanSentence(sentence, engine.gates, engine.literals);
  tracer?.sentence(scan.text, shape);
  const { rules, table } = engine;
  const { message } = sentence;
  const terms =
    (sentence.hasServices ? SERVICES : 0) |
    (sentence.hasSegmentation ? SEGMENTATION : 0) |
    (message.hasServices ? SERVICES_IN_MESSAGE : 0) |
    (message.hasSegmentation ? SEGMENTATION_IN_MESSAGE : 0);
  const namedService = (): boolean => scan.builtIn("named_service") === true;
  const candidates = table.candidates(terms);
  for (let c = 0; c < candidates.length; c++) {
    const r = candidates[c] ?? 0;
    const rule = rules[r];
    if (!rule) continue;
    // A tracer is shown every rule that matches, also those a condition rules out before they run.
    if (!tracer && !table.isWorthTrying(r, terms, scan.groups, namedService)) continue;
    const { alternatives } = rule;
    for (let k = 0; k < alternatives.length; k++) {
      // An expression that needs the terms in an order the sentence does not have them in cannot
      // match: skipping it is the same as a miss.
      if (rule.xBeforeY && !scan.namesInOrder(k === 0)) continue;
      const match = firstMatch(alternatives[k] ?? [], scan.text, scan);
      if (!match) continue;
      const cue = renderSpan(sentence, match.index, match.index + match[0].length);
      const gate = firstClosedGate(rule, scan, shape, match.index, match[0].length);
      if (tracer) {
        const unmet = unmetCondition(rule, scan, match.index, match[0].length);
        tracer.outcome({
          rule: rule.id,
          cue,
          ...(gate ? { gate } : {}),
          ...(unmet ? { condition: unmet.condition } : {}),
        });
      }
      // forbids/requires say the rule does not apply here at all: that is no evidence worth showing.
      if (gate === "forbids" || gate === "requires") break;
      if (gate === "refutation") vetoes.push({ rule, gate, cue: scan.refutation()?.[0] ?? cue });
      else if (gate) vetoes.push({ rule, gate, cue });
      else findings.push({ rule, cue });
      break;
    }
  }
  return { findings, vetoes };
}
