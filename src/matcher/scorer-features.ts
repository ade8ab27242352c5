import type { ScorerFile } from "../knowledge/knowledge-schema";
import type { Knowledge } from "../knowledge/load-knowledge";
import { blankNonRefutingCues } from "./blank-non-refuting";
import { boundedMemo } from "./bounded-memo";
import type { GateName } from "./closed-gate";
import { lexiconSource } from "./compile-lexicon";
import { describeShape, type RuleVeto, type SentenceShape } from "./evaluate-rules";
import type { LexiconGroups } from "./lexicon-index";
import type { PreparedSentence } from "./prepare-sentence";
import { isDisowning } from "./read-sentences";
import type { SentenceGates } from "./sentence-gates";

/**
 * What the scorer reads of one message: the words and cue groups of its sentences that are shaped
 * like a conflation, as sparse features. `words` maps a stemmed feature word back to the word as
 * written, so evidence can quote the author.
 */
export interface ScorerUnit {
  readonly features: readonly string[];
  readonly words: ReadonlyMap<string, string>;
  /**
   * The term a judged sentence naming only one term names, when every such sentence names the same
   * one: only then can the message use that term in the other's sense (wrong_sense).
   */
  readonly singleTerm?: "microservices" | "microsegmentation";
}

/** Gates that, once closed on any rule, mean the author is not making the claim: the scorer keeps out. */
const CLOSING_GATES: ReadonlySet<GateName> = new Set<GateName>([
  "negation",
  "refutation",
  "report",
  "analogy",
  "question",
]);

// A determiner between the word that applies microsegmentation and microservices ("for our microservices").
const DETERMINER = "(?:our |the |your |their |all |each |every |those |these )?";

/** The sentence-shape tests built from the lexicon groups scorer.yml names. */
interface ShapeTests {
  /** Microservices as what a policy applies to ("a NetworkPolicy per microservice"). */
  readonly servicesAppliedTo: RegExp;
  /** Microsegmentation applied to microservices, or put to work on them ("... that protects our microservices"). */
  readonly segmentationOnServices: RegExp;
  /** Microsegmentation doing its own job ("where microsegmentation is used to isolate the CDE"). */
  readonly segmentationAtWork: RegExp;
  /**
   * "Microsegmented" describing a network estate ("a microsegmented platform"), or microsegmentation
   * put to work across one ("microsegmentation for medical devices").
   */
  readonly segmentedEstate: RegExp;
}

function shapeTests(lexicons: Knowledge["lexicons"], shapes: ScorerFile["shapes"]): ShapeTests {
  const source = (group: string): string => lexiconSource(lexicons[group] ?? []);
  const atWork = source(shapes.segmentation_at_work);
  const estate = source(shapes.segmented_estate);
  return {
    servicesAppliedTo: new RegExp(`${source(shapes.policy_unit)} SVC`),
    segmentationOnServices: new RegExp(
      `SEG[A-Z]* (?:${source(shapes.applied_to)} ${DETERMINER}SVC|(?:to|that|which) ${atWork} (?:[a-z0-9'-]+ ){0,4}SVC)`,
    ),
    segmentationAtWork: new RegExp(
      `SEG[A-Z]* (?:is |are |was |were )?(?:used |applied |deployed |in place )?(?:to |that |which |for )?${atWork}`,
    ),
    // Only after an article or adverb: "we microsegmented the platform" may be splitting an app; and
    // not "of": "microsegmentation of the platform" may be too.
    segmentedEstate: new RegExp(
      `\\b(?:a|an|the|our|their|its|your|fully|properly|already|strictly) SEGV (?:[a-z0-9'-]+ )?${estate}|SEG (?:for|across|around|between) (?:the |our |their |all |every |each |any )?(?:[a-z0-9'-]+ )?${estate}`,
    ),
  };
}

// The two terms in parallel slots ("10:30 microservices guild, 14:00 microseg community", "Sam takes
// microservices questions, Ana takes microsegmentation"): a rota or a list hands out two things, it
// does not equate them. A slot is a time, or the same word before each term; that word must say
// something of its own, since "the X ..., the Y ..." and "X became Y, and Y became Z" repeat words
// that any sentence may repeat.
const SLOT_WORD = String.raw`\b(?!(?:the|a|an|our|their|my|your|its|his|her|this|that|these|those|and|or|but|of|for|to|in|on|at|with|by|from|is|are|was|were|be|been|being|became|become|becomes|means|mean|meant|call|calls|called|rename|renamed|just|now|then|so|it|they|we|you|i)\b)([a-z][a-z0-9]*)`;
const TIME = String.raw`(?:\d{1,2} : \d{2}|\d{1,2} ?(?:am|pm)|day \d+)`;
const PARALLEL_SLOTS = [
  ["SVC", "SEG"],
  ["SEG", "SVC"],
].flatMap(([first, second]) => [
  new RegExp(
    String.raw`${SLOT_WORD} ${first}[A-Z]*\b[^,;]{0,80}(?:,|;| -) (?:[^,;]{0,40} )?\1 ${second}[A-Z]*\b`,
  ),
  new RegExp(
    String.raw`\b${TIME} ${first}[A-Z]*\b[^,;]{0,80}(?:,|;| -) (?:[^,;]{0,40} )?${TIME} ${second}[A-Z]*\b`,
  ),
]);
const inParallelSlots = (sentence: PreparedSentence): boolean =>
  sentence.hasServices &&
  sentence.hasSegmentation &&
  PARALLEL_SLOTS.some((slots) => slots.test(sentence.text));

// A double quote in the sentence: it may be quoting someone else's words (curly quotes are folded to it).
const QUOTE_MARK = /"/;
// "you don't need microservices to get value from microsegmentation" denies the commonest implication
// outright; the rules read such a sentence, the scorer leaves it alone.
const SERVICES_NOT_NEEDED =
  /\b(?:don'?t|do not|doesn'?t|does not|never|won'?t) (?:really |actually |even )?(?:need|needs|require|requires) (?:a |an |any |to (?:be |go |have |adopt |move to )(?:on )?)?SVC[A-Z]*\b/;

export interface ScorerFeatureReader {
  /**
   * The unit to score, or undefined when no sentence may be judged: the message is sarcastic, a gate
   * closed on a rule, or no sentence is shaped like a conflation (both terms, or one term beside a
   * cue of the other's sense) and free of refutation, reporting, analogy, quotes and open questions.
   */
  read(
    sentences: readonly PreparedSentence[],
    vetoes: readonly RuleVeto[],
    sarcastic: () => boolean,
    /** Told why, when the answer is undefined (for `check --trace`). */
    skipped?: (reason: string) => void,
  ): ScorerUnit | undefined;
}

function skip(skipped: ((reason: string) => void) | undefined, reason: string): undefined {
  skipped?.(reason);
  return undefined;
}

export function createScorerFeatureReader(
  gates: SentenceGates,
  lexicons: Knowledge["lexicons"],
  shapes: ScorerFile["shapes"],
): ScorerFeatureReader {
  // The groups that only shape the tests above are no cues: "for" and "of" say nothing on their own.
  const shapeOnly = new Set([
    shapes.policy_unit,
    shapes.applied_to,
    shapes.segmentation_at_work,
    shapes.segmented_estate,
  ]);
  const groupNames = Object.keys(lexicons).filter((name) => !shapeOnly.has(name));
  const tests = shapeTests(lexicons, shapes);
  const besideSegmentation = gates.index.maskOf(shapes.segmentation_beside);
  const besideServices = gates.index.maskOf(shapes.services_beside);
  // Microsegmentation described by its policy work, or ordered before the split: its own sense.
  const ownSense = gates.index.maskOf([shapes.segmentation_by_policy, shapes.segmentation_first]);
  return {
    read(sentences, vetoes, sarcastic, skipped) {
      const closed = vetoes.find((veto) => CLOSING_GATES.has(veto.gate));
      if (closed) return skip(skipped, `the ${closed.gate} gate closed on ${closed.rule.id}`);
      // The lexicon index answers for the refutation, report, analogy and negation groups as their
      // expressions would, in the one pass that also finds the cue groups.
      const facts = new Map<PreparedSentence, SentenceFacts>();
      const factsOf = (sentence: PreparedSentence): SentenceFacts => {
        let known = facts.get(sentence);
        if (!known) {
          known = {
            groups: gates.index.groupsIn(blankNonRefutingCues(sentence.text)),
            shape: describeShape(sentence.text, gates),
          };
          facts.set(sentence, known);
        }
        return known;
      };
      const judged = sentences.filter((sentence, index) => {
        if (
          sentence.terms.length === 0 ||
          QUOTE_MARK.test(sentence.text) ||
          namesTermAsWord(sentence) ||
          inParallelSlots(sentence) ||
          SERVICES_NOT_NEEDED.test(sentence.text)
        )
          return false;
        // "... lol no": the author takes it back, as the rules read it too.
        const next = sentences[index + 1];
        if (next !== undefined && isDisowning(next)) return false;
        const { groups } = factsOf(sentence);
        const shaped =
          (sentence.hasServices && sentence.hasSegmentation) ||
          (sentence.hasSegmentation &&
            groups.hasAny(besideSegmentation) &&
            !groups.hasAny(ownSense) &&
            !tests.segmentationAtWork.test(sentence.text) &&
            !tests.segmentedEstate.test(sentence.text)) ||
          (sentence.hasServices &&
            groups.hasAny(besideServices) &&
            !tests.servicesAppliedTo.test(sentence.text));
        return (
          shaped &&
          !tests.segmentationOnServices.test(sentence.text) &&
          !groups.has("report") &&
          !groups.has("analogy")
        );
      });
      if (judged.length === 0)
        return skip(skipped, "no sentence is shaped like a conflation and free of quotes and reports");
      if (sarcastic()) return skip(skipped, "the message is sarcastic");
      // A refutation or an open question anywhere in the message ("... that's where the similarity
      // ends.", "Can I microsegment a monolith? ...") means the author argues or asks, not claims.
      const argues = sentences.some((sentence) => {
        const { groups, shape } = factsOf(sentence);
        return groups.has("refutation") || (shape.isQuestion && !shape.presupposes);
      });
      if (argues) return skip(skipped, "the message refutes or asks openly");

      const features = new Set<string>();
      const words = new Map<string, string>();
      for (const sentence of judged)
        addSentenceFeatures(sentence, factsOf(sentence), groupNames, features, words);
      // Cue groups anywhere in the message, terms or not: a later "they're independent" counts.
      for (const sentence of sentences) {
        const { groups } = factsOf(sentence);
        for (const name of groupNames) if (groups.has(name)) features.add(`M:${name}`);
      }
      const single = new Set(
        judged
          .filter((sentence) => sentence.hasServices !== sentence.hasSegmentation)
          .map((sentence) => (sentence.hasServices ? "microservices" : "microsegmentation")),
      );
      const [singleTerm] = single.size === 1 ? [...single] : [];
      return { features: [...features], words, ...(singleTerm ? { singleTerm } : {}) };
    },
  };
}

interface SentenceFacts {
  readonly groups: LexiconGroups;
  readonly shape: SentenceShape;
}

// Folding has made every quote mark straight, and masking has removed backticks with the code they held.
const isQuoteChar = (char: string): boolean => char === "'" || char === '"';

/**
 * A term in quotes ("'microsegmentation' in backend job posts") is talked about as a word, not used;
 * one in an emphasised title ("*Building Microservices* for the devs") names a book or a talk.
 */
function namesTermAsWord(sentence: PreparedSentence): boolean {
  const { text, written } = sentence.message;
  return sentence.terms.some(
    (term) =>
      (isQuoteChar(text.charAt(term.foldedStart - 1)) && isQuoteChar(text.charAt(term.foldedEnd))) ||
      isInTitle(written, term.occurrence.start, term.occurrence.end),
  );
}

// Slack's *bold* and _italic_ around a title; the title's words are capitalised but for short joiners.
const TITLE_WORD = /^(?:[A-Z0-9µ][\p{L}\p{N}'’:-]*|of|and|for|the|to|in|a|an|with|on|at|by|vs\.?)$/u;

// Only the author naming something: "a talk called *X*" cites somebody else's title.
const GIVES_TITLE =
  /\b(?:i|we|let's|let us)(?: just| now| always)? (?:re-?title|rename|call|title|label|name)s? (?:it|them|this|that|the [a-z]+ )?\s*$/i;
// How far from a term the emphasis marks of its title may stand.
const TITLE_REACH = 60;

/** Whether [start, end) of the message lies in an emphasised Title Case phrase of two to six words. */
function isInTitle(written: string, start: number, end: number): boolean {
  const windowStart = Math.max(0, start - TITLE_REACH);
  const open = written.slice(windowStart, start).search(/[*_][^*_\n]*$/);
  if (open < 0) return false;
  const from = windowStart + open;
  // A title the author gives ("I just retitle it _Microsegmentation 101_") is the author's claim.
  if (GIVES_TITLE.test(written.slice(Math.max(0, from - 30), from))) return false;
  const marker = written.charAt(from);
  const close = written.indexOf(marker, end);
  if (close < 0 || close - end > TITLE_REACH || written.slice(end, close).includes("\n")) return false;
  const words = written
    .slice(from + 1, close)
    .trim()
    .split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((word) => TITLE_WORD.test(word));
}

function addSentenceFeatures(
  sentence: PreparedSentence,
  { groups, shape }: SentenceFacts,
  groupNames: readonly string[],
  features: Set<string>,
  words: Map<string, string>,
): void {
  const tokens: string[] = [];
  for (const word of sentence.text.split(" ")) {
    if (/^SVC/.test(word)) tokens.push("T_SVC");
    else if (/^SEG/.test(word)) tokens.push("T_SEG");
    else {
      const bare = word.replace(/[^a-z0-9']/g, "");
      if (bare === "") continue;
      const stemmed = stemWord(bare);
      if (!words.has(stemmed)) words.set(stemmed, bare);
      tokens.push(stemmed);
    }
  }
  // Cue groups, also by which terms stand beside them: an application cue means something else
  // beside microsegmentation than beside microservices.
  const terms = sentence.hasServices && sentence.hasSegmentation ? "SG" : sentence.hasServices ? "S" : "G";
  // Words, too, by the terms beside them: "monolith" and "strangler" say one thing beside
  // microsegmentation and nothing beside microservices.
  tokens.forEach((token, index) => {
    features.add(`u:${terms}:${token}`);
    if (index > 0) features.add(`b:${terms}:${tokens[index - 1]}_${token}`);
  });
  for (const name of groupNames) {
    if (!groups.has(name)) continue;
    features.add(`L:${name}`);
    features.add(`D:${terms}:${name}`);
  }
  features.add(`F:${terms}`);
  if (shape.isQuestion) features.add("F:question");
  if (shape.presupposes) features.add("F:presupposes");
  if (groups.has("negation")) features.add("F:negation");
}

type Stem = (word: string) => string;
let porterStem: Stem | undefined;

/**
 * natural's Porter stemmer, loaded on the first sentence the scorer reads (about 4 ms) rather than
 * with the matcher, and remembered per word (chat vocabulary has no end: at most 50,000 at a time).
 */
const stemWord = boundedMemo(50_000, (word: string): string => {
  porterStem ??= (require("natural/lib/natural/stemmers/porter_stemmer") as { stem: Stem }).stem;
  return porterStem(word);
});
