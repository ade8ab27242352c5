import type { Knowledge } from "../knowledge/load-knowledge";
import { loadKnowledge } from "../knowledge/load-knowledge";
import { compileRules } from "./compile-rules";
import { composeResult } from "./compose-result";
import { createConflationScorer } from "./conflation-scorer";
import { createRuleEngine, type RuleTracer } from "./evaluate-rules";
import { foldText } from "./fold-text";
import { isSarcastic } from "./is-sarcastic";
import { createLiteralPrefilter } from "./literal-prefilter";
import { markQuotations } from "./mark-quotations";
import { maskMarkup } from "./mask-markup";
import { mayHoldTerm } from "./prefilter";
import { describeMessage, prepareSentence } from "./prepare-sentence";
import { readSentences } from "./read-sentences";
import { createScorerFeatureReader, type ScorerUnit } from "./scorer-features";
import { createSentenceGates } from "./sentence-gates";
import { splitSentences } from "./split-sentences";
import { createTermSpotter } from "./spot-terms";
import type { Matcher, MatchResult, TermOccurrence } from "./types";

const NOTHING: MatchResult = { intent: "none", confidence: 0.99, terms: [], evidence: [] };

export interface MatcherOptions {
  /** Whether the statistical scorer may flag what no rule did (default true; training turns it off). */
  readonly scorer?: boolean;
  /** Sees every unit the scorer is (or, with the scorer off, would be) asked about: training counts them. */
  readonly onScorerUnit?: (unit: ScorerUnit) => void;
}

/** Builds the matcher from the knowledge under intents/ (or the given knowledge). */
export function createMatcher(knowledge: Knowledge = loadKnowledge(), options: MatcherOptions = {}): Matcher {
  const spotter = createTermSpotter(knowledge);
  // Rules and gates register their expressions with one prefilter, so a sentence is scanned once for all.
  const prefilter = createLiteralPrefilter(Object.values(knowledge.lexicons));
  const rules = compileRules(knowledge, prefilter);
  const gates = createSentenceGates(knowledge, prefilter);
  const engine = createRuleEngine(rules, gates, prefilter);
  const scorerReader = createScorerFeatureReader(gates, knowledge.lexicons, knowledge.scorer.settings.shapes);
  const scorer = options.scorer === false ? undefined : createConflationScorer(knowledge.scorer.model);
  const { threshold, note } = knowledge.scorer.settings;

  /** The verdict on what the author wrote, with markup, quotes and code left out. */
  const readProse = (text: string, tracer?: RuleTracer): MatchResult | undefined => {
    const masked = foldText(maskMarkup(text));
    const folded = { text: markQuotations(masked.text), origin: masked.origin };
    const spotted = spotter.spot(folded, text);
    if (spotted.length === 0) return undefined;
    const terms: TermOccurrence[] = spotted.map((term) => term.occurrence);
    const message = describeMessage(folded.text, spotted, text);
    const sentences = splitSentences(folded.text).map((span) =>
      prepareSentence(folded.text, span, spotted, message),
    );
    let sarcastic: boolean | undefined;
    const isSarcasticText = (): boolean => {
      sarcastic ??= isSarcastic(folded.text);
      return sarcastic;
    };
    const reading = readSentences(sentences, engine, {
      sarcastic: isSarcasticText,
      hasBothTerms: message.hasServices && message.hasSegmentation,
      ...(tracer ? { tracer } : {}),
    });
    const decided = reading.findings.length > 0;
    if (decided && !options.onScorerUnit) return composeResult(reading, terms);
    // The scorer weighs only what no rule decided, and only sentences shaped like a conflation.
    const unit = scorerReader.read(sentences, reading.vetoes, isSarcasticText, tracer?.notScored);
    if (unit !== undefined) options.onScorerUnit?.(unit);
    if (decided || unit === undefined) return composeResult(reading, terms);
    const judgement = scorer?.judge(unit);
    tracer?.scored?.(judgement, threshold);
    if (!judgement || judgement.probability < threshold) return composeResult(reading, terms);
    return composeResult(reading, terms, { judgement, note });
  };

  /**
   * No term in the author's own words. A term only inside quotes or code is still a mention (the
   * author is talking about it), never a conflation: the words are somebody else's.
   */
  const readQuoted = (text: string): MatchResult => {
    const anywhere = spotter.spot(foldText(text), text).map((term) => term.occurrence);
    if (anywhere.length === 0) return { ...NOTHING, confidence: 0.95 };
    const cues = anywhere.map((term) => term.text);
    const note = "names a term only inside quoted text or code";
    return {
      intent: "mention",
      confidence: 0.8,
      terms: anywhere,
      evidence: [{ rule: "mention.quoted", cues, note }],
    };
  };

  return {
    classify(text: string, tracer?: RuleTracer): MatchResult {
      if (!mayHoldTerm(text)) return NOTHING;
      return readProse(text, tracer) ?? readQuoted(text);
    },
  };
}
