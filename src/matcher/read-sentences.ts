import { detectTopic } from "./detect-topic";
import {
  describeShape,
  evaluateRules,
  type RuleEngine,
  type RuleFinding,
  type RuleTracer,
  type RuleVeto,
} from "./evaluate-rules";
import { joinSentences, type PreparedSentence } from "./prepare-sentence";
import type { QuestionTopic } from "./types";

/** A short reply that disowns the sentence before it ("X is Y. not.", "... lol no"). */
const DISOWNING_FOLLOW_UP =
  /^(?:no|nope|nah|not really|not true|wrong|false|lol no|lmao no|which is wrong|which it isn't|which it is not|they're not|they are not|they aren't|it's not|it isn't|(?:that's|thats) (?:wrong|not true|not right|a myth)|(?:that's|thats|that is) not what (?:it|that|this|they) (?:means?|is|are)(?: , (?:folks|people|guys|all|y'all|team))?|(?:they're|they are) (?:not the same|different)|(?:good question , )?the answer is no|(?:short|quick|simple) answer : (?:no|nope)|wrong term(?: , [a-z ]+)?|(?:you|they|we) (?:don't|do not)|it (?:doesn't|does not))[^a-z]*$/u;

/** The opening of a reply that takes the sentence before it back, however long the reply goes on. */
const DISOWNING_OPENER =
  /^(?:(?:no|nope|nah|not really|wrong)(?: [,.!:;—-]|$)|turns out (?:(?:no|nope)(?= [,.!]|$)|it doesn't|it does not|it's not|it isn't|that's wrong|that's not true|not true|not so)\b|said (?:nobody|no one|no engineer)\b|(?:it|they|that) (?:didn'?t|did not|wasn'?t|was not|weren'?t|were not|don'?t|do not|doesn'?t|does not)(?= [,.!;—-]|$))/;

const ANSWER_MARK = /^(?:a|answer|reply|re) ?: /;

const TOPIC_RANK: Readonly<Record<QuestionTopic, number>> = { difference: 3, definition: 2, other: 1 };

export interface SentenceReading {
  readonly findings: RuleFinding[];
  readonly vetoes: RuleVeto[];
  readonly topic: QuestionTopic | undefined;
}

/**
 * Runs the rules over every sentence that names a term, and over neighbouring pairs that only name
 * both terms together or, in a message naming both, that end in a short aside naming neither
 * ("Microsegmentation. One idea, two vocabularies."); a question is never joined to its aside, which
 * would lose the question's gate. A sentence is also read with the one after next when only together
 * they name both terms and a short aside stands between them ("... called microsegmentation. I looked
 * into it. It's microservices."). A finding followed by a disowning reply, or in a message marked "/s", counts
 * as reported, not claimed.
 */
export function readSentences(
  sentences: readonly PreparedSentence[],
  engine: RuleEngine,
  // `sarcastic` is asked only when a sentence has findings: most messages never need the answer.
  options: {
    readonly sarcastic: () => boolean;
    readonly hasBothTerms: boolean;
    readonly tracer?: RuleTracer;
  },
): SentenceReading {
  const findings: RuleFinding[] = [];
  const vetoes: RuleVeto[] = [];
  let topic: QuestionTopic | undefined;
  sentences.forEach((sentence, index) => {
    if (sentence.terms.length === 0) return;
    const shape = describeShape(sentence.text, engine.gates);
    const verdict = evaluateRules(sentence, shape, engine, options.tracer);
    const next = sentences[index + 1];
    const after = sentences[index + 2];
    // The sentence that could take the findings back: the one after the last sentence they were read in.
    let reply = next;
    /** Reads the sentence joined to those that follow it, as a question if the last one is one. */
    const readJoined = (...following: PreparedSentence[]): void => {
      const last = following.at(-1) ?? sentence;
      const joined = evaluateRules(
        following.reduce(joinSentences, sentence),
        describeShape(last.text, engine.gates),
        engine,
        options.tracer,
      );
      verdict.findings.push(...joined.findings);
      verdict.vetoes.push(...joined.vetoes);
      if (joined.findings.length > 0) reply = sentences[index + 1 + following.length];
    };
    if (
      next &&
      verdict.findings.length === 0 &&
      (spansBothTerms(sentence, next) || (options.hasBothTerms && !shape.isQuestion && isTermlessAside(next)))
    )
      readJoined(next);
    if (
      next &&
      after &&
      verdict.findings.length === 0 &&
      isTermlessAside(next) &&
      spansBothTerms(sentence, after)
    )
      readJoined(next, after);
    if (verdict.findings.length > 0 && (options.sarcastic() || (reply !== undefined && isDisowning(reply)))) {
      const cue = options.sarcastic() ? "/s" : (reply?.text.trim() ?? "");
      for (const finding of verdict.findings) vetoes.push({ rule: finding.rule, gate: "report", cue });
    } else {
      findings.push(...verdict.findings);
    }
    vetoes.push(...verdict.vetoes);
    if (shape.isQuestion) {
      const candidate = detectTopic(sentence, options.hasBothTerms, engine.gates);
      if (!topic || TOPIC_RANK[candidate] > TOPIC_RANK[topic]) topic = candidate;
    }
  });
  return { findings, vetoes, topic };
}

/** Neither sentence names both terms, but together they do. */
function spansBothTerms(first: PreparedSentence, second: PreparedSentence): boolean {
  if (second.terms.length === 0) return false;
  const alone = (sentence: PreparedSentence): boolean => sentence.hasServices && sentence.hasSegmentation;
  if (alone(first) || alone(second)) return false;
  return (first.hasServices || second.hasServices) && (first.hasSegmentation || second.hasSegmentation);
}

/** A short sentence naming no term that comments on the one before it ("one idea, two vocabularies."). */
function isTermlessAside(sentence: PreparedSentence): boolean {
  return sentence.terms.length === 0 && sentence.text.trim().split(" ").length <= 14;
}

/** A reply that takes the sentence before it back ("lol no", "which is wrong"). */
export function isDisowning(sentence: PreparedSentence): boolean {
  // "Q: isn't X just Y? A: no - see the pinned doc": the answer's marker is no part of the reply.
  const text = sentence.text.trim().replace(ANSWER_MARK, "");
  // A reply that opens with a bare "no", "turns out no" or "said nobody" answers the sentence
  // before it, however long it goes on.
  return (text.split(" ").length <= 8 && DISOWNING_FOLLOW_UP.test(text)) || DISOWNING_OPENER.test(text);
}
