import type { PreparedSentence } from "./prepare-sentence";
import type { SentenceGates } from "./sentence-gates";
import type { QuestionTopic } from "./types";

const BOTH_REFERENCE = /\b(?:the two|both|each other|them|they|these two|those two|one another|either)\b/;

// Asking what a word means, in the many ways people ask it.
const DEFINITION_CUE =
  /\b(?:what|whats|explain\w*|meaning|mean|means|meant|define[ds]?|definition|eli5|break down|one-liner|one liner|qualif\w*|what makes|is it an?|primer|intro|introduction|tl ; dr|tldr|in plain|non-jargon|simple terms|new to|heard of|stand for)\b/;

// Asking something practical about one of them: which, how many, who owns, what it costs.
const PRACTICAL_CUE =
  /\b(?:best|which|how many|how much|cost|price|pricing|language|framework|tool|tools|vendor|library|recommend\w*|latency|monitor\w*|debug\w*|deploy\w*|scale|scaling|when|who owns|where|owner|template|example of|examples of|migrat\w*|budget|timeline|ticket)\b/;

// A word from the other term's world: asking about it next to one term asks how the two relate.
const CROSSOVER = {
  services: /\b(?:network\w*|isolat\w*|segment\w*|firewall\w*|security thing|lateral|east-west|zero trust)\b/,
  segmentation:
    /\b(?:app|apps|application|applications|monolith\w*|split\w*|decompos\w*|app architecture|services|code|codebase|security thing or an app)\b/,
};
const RELATING =
  /\b(?:give|gives|mean|means|need|needs|require\w*|rule out|change|changes|affect\w*|imply|implies|by themselves|on its own|on their own|separate|before|after|depend\w*|still|without|instead|replace\w*|or is)\b/;

/** What a question sentence asks: what a term means, how the two relate, or something else. */
export function detectTopic(
  sentence: PreparedSentence,
  messageHasBothTerms: boolean,
  gates: SentenceGates,
): QuestionTopic {
  const text = sentence.text;
  if (sentence.hasServices && sentence.hasSegmentation) return "difference";
  if (messageHasBothTerms && gates.difference.test(text) && BOTH_REFERENCE.test(text)) return "difference";
  const crossover = sentence.hasServices ? CROSSOVER.services : CROSSOVER.segmentation;
  if (crossover.test(text) && RELATING.test(text) && !PRACTICAL_CUE.test(text)) return "difference";
  if (gates.definition.test(text)) return "definition";
  if (DEFINITION_CUE.test(text) && !PRACTICAL_CUE.test(text)) return "definition";
  return "other";
}
