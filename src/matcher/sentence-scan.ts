import { allMatches } from "./all-matches";
import { blankNonRefutingCues } from "./blank-non-refuting";
import type { LexiconGroups } from "./lexicon-index";
import type { LiteralPrefilter, SentenceLiterals } from "./literal-prefilter";
import type { PreparedSentence } from "./prepare-sentence";
import type { SentenceGates } from "./sentence-gates";

/**
 * What the rules ask about one sentence, found once: its lexicon groups and literals in one pass
 * each, and every other answer (a condition, a cue count, the refutation) the first time a rule
 * asks, since many rules ask the same questions of the same sentence.
 */
export interface SentenceScan {
  readonly sentence: PreparedSentence;
  readonly text: string;
  /** The text the gates and cue groups read: words that refute nothing there blanked (see blank-non-refuting.ts). */
  readonly gateText: string;
  /** The lexicon groups the index finds in the sentence. */
  readonly groups: LexiconGroups;
  readonly gates: SentenceGates;
  /** False when the rule expression registered as `test` cannot match the sentence. */
  mayMatch(test: number): boolean;
  /** False when no phrase of the lexicon group can occur in the sentence or any stretch of it. */
  mayContain(group: string): boolean;
  /**
   * Whether the text has a microservices placeholder before a microsegmentation one
   * (`servicesFirst`), or the other way round.
   */
  namesInOrder(servicesFirst: boolean): boolean;
  /** The refutation cue in the sentence, if any. */
  refutation(): RegExpExecArray | null;
  /** A built-in condition (svc_term, named_service, ...), or undefined for any other name. */
  builtIn(condition: string): boolean | undefined;
  /** A forbids/requires condition: a group, "message:<group>", "more:A>B", "atleast:N:A" or a built-in. */
  holds(condition: string): boolean;
}

export function scanSentence(
  sentence: PreparedSentence,
  gates: SentenceGates,
  prefilter: LiteralPrefilter,
): SentenceScan {
  return new SentenceFacts(sentence, gates, prefilter);
}

/** Answers are worked out when first asked for and kept: a sentence is asked the same things by many rules. */
class SentenceFacts implements SentenceScan {
  readonly text: string;
  readonly gateText: string;
  readonly groups: LexiconGroups;
  private literals: SentenceLiterals | undefined;
  private answers: Map<string, boolean> | undefined;
  private counts: Map<string, number> | undefined;
  private refuted: RegExpExecArray | null | undefined;
  private namedService: boolean | undefined;
  private order: PlaceholderOrder | undefined;

  constructor(
    readonly sentence: PreparedSentence,
    readonly gates: SentenceGates,
    private readonly prefilter: LiteralPrefilter,
  ) {
    this.text = sentence.text;
    this.gateText = blankNonRefutingCues(sentence.text);
    this.groups = gates.index.groupsIn(this.gateText);
  }

  mayMatch(test: number): boolean {
    // Scanned on first use, while this sentence is the one being evaluated.
    this.literals ??= this.prefilter.scan(this.text);
    return this.literals.mayMatch(test);
  }

  mayContain(group: string): boolean {
    const test = this.gates.lexiconTest(group);
    return test === undefined || this.mayMatch(test);
  }

  namesInOrder(servicesFirst: boolean): boolean {
    this.order ??= placeholderOrder(this.text);
    return servicesFirst ? this.order.servicesFirst : this.order.segmentationFirst;
  }

  refutation(): RegExpExecArray | null {
    if (this.refuted === undefined) {
      this.refuted = this.mayContain("refutation") ? this.gates.refutation.exec(this.gateText) : null;
    }
    return this.refuted;
  }

  builtIn(condition: string): boolean | undefined {
    const { sentence } = this;
    if (condition === "svc_term") return sentence.hasServices;
    if (condition === "seg_term") return sentence.hasSegmentation;
    if (condition === "svc_in_message") return sentence.message.hasServices;
    if (condition === "seg_in_message") return sentence.message.hasSegmentation;
    if (condition === "named_service") {
      // Both of its branches end in the placeholder of one service.
      this.namedService ??= this.text.includes("SVCS") && this.gates.namedService.test(this.text);
      return this.namedService;
    }
    return undefined;
  }

  holds(condition: string): boolean {
    this.answers ??= new Map();
    const cached = this.answers.get(condition);
    if (cached !== undefined) return cached;
    const answer = this.decide(condition);
    this.answers.set(condition, answer);
    return answer;
  }

  private decide(condition: string): boolean {
    // "atleast:N:A": at least N distinct cues of group A (which may be "message:").
    if (condition.startsWith("atleast:")) {
      const { count, group } = readAtLeast(condition);
      return this.countCues(group) >= count;
    }
    // "more:A>B": the sentence has more distinct cues of group A than of group B (either may be "message:").
    if (condition.startsWith("more:")) {
      const { first, second } = readMore(condition);
      // No cue of A cannot outnumber B: B need not be counted.
      const count = this.countCues(first);
      return count > 0 && count > this.countCues(second);
    }
    const known = this.builtIn(condition);
    if (known !== undefined) return known;
    const { message } = this.sentence;
    // "message:<group>" looks at the whole message, for rules that must stand down on any hint elsewhere.
    if (condition.startsWith("message:")) {
      const cached = message.answers.get(condition);
      if (typeof cached === "boolean") return cached;
      const verdict = this.gates.lexicon(condition.slice(8))?.test(message.text) ?? false;
      message.answers.set(condition, verdict);
      return verdict;
    }
    const lexicon = this.gates.lexicon(condition);
    return lexicon !== undefined && this.mayContain(condition) && lexicon.test(this.gateText);
  }

  /** Distinct cues of a group in the sentence, or in the whole message for "message:<group>". */
  private countCues(group: string): number {
    const whole = group.startsWith("message:");
    const name = whole ? group.slice(8) : group;
    // Message counts sit next to message verdicts, under a key no condition has.
    const key = `#${group}`;
    this.counts ??= new Map();
    const known = whole ? this.sentence.message.answers.get(key) : this.counts.get(key);
    if (typeof known === "number") return known;
    const lexicon = this.gates.lexiconAll(name);
    const target = whole ? this.sentence.message.text : this.gateText;
    // The prefilter read this sentence only: it can rule cues out here, not in the whole message.
    const possible = lexicon !== undefined && (whole || this.mayContain(name));
    const count = possible ? new Set(allMatches(lexicon, target).map((match) => match[0])).size : 0;
    if (whole) this.sentence.message.answers.set(key, count);
    else this.counts.set(key, count);
    return count;
  }
}

// Every sentence asks the same few conditions: each is read once, not split again per sentence.
const atLeastConditions = new Map<string, { readonly count: number; readonly group: string }>();
const moreConditions = new Map<string, { readonly first: string; readonly second: string }>();

function readAtLeast(condition: string): { readonly count: number; readonly group: string } {
  let read = atLeastConditions.get(condition);
  if (read === undefined) {
    const [, count, group] = condition.split(/:(\d+):/);
    read = { count: Number(count), group: group ?? "" };
    atLeastConditions.set(condition, read);
  }
  return read;
}

function readMore(condition: string): { readonly first: string; readonly second: string } {
  let read = moreConditions.get(condition);
  if (read === undefined) {
    const [first, second] = condition.slice(5).split(">");
    read = { first: first ?? "", second: second ?? "" };
    moreConditions.set(condition, read);
  }
  return read;
}

interface PlaceholderOrder {
  readonly servicesFirst: boolean;
  readonly segmentationFirst: boolean;
}

/** Which term's placeholder comes before one of the other's; every placeholder starts SVC or SEG. */
function placeholderOrder(text: string): PlaceholderOrder {
  const services = firstAndLast(text, "SVC");
  const segmentation = firstAndLast(text, "SEG");
  return {
    servicesFirst: services.first !== -1 && segmentation.last > services.first,
    segmentationFirst: segmentation.first !== -1 && services.last > segmentation.first,
  };
}

/** The first and last index of `part` in `text` (-1 when absent), found going forward only. */
function firstAndLast(text: string, part: string): { first: number; last: number } {
  // lastIndexOf is a slow runtime call in V8; a sentence holds only a few placeholders to step over.
  const first = text.indexOf(part);
  let last = first;
  for (let at = first; at !== -1; at = text.indexOf(part, at + 1)) last = at;
  return { first, last };
}
