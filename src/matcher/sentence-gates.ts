import type { Knowledge } from "../knowledge/load-knowledge";
import { compileLexicon, lexiconLiterals, lexiconSource } from "./compile-lexicon";
import { createLexiconIndex, type LexiconIndex } from "./lexicon-index";
import type { LiteralPrefilter } from "./literal-prefilter";

/** The lexicon-driven tests that decide whether a rule match may count. */
export interface SentenceGates {
  readonly negation: RegExp;
  readonly refutation: RegExp;
  readonly report: RegExp;
  readonly analogy: RegExp;
  readonly presupposingTag: RegExp;
  readonly questionLead: RegExp;
  /** The author states a belief and asks for a nod ("i think X is just Y?"): that presupposes, it does not ask. */
  readonly presumption: RegExp;
  readonly definition: RegExp;
  readonly difference: RegExp;
  /** Which lexicon groups a sentence contains, found in one pass. */
  readonly index: LexiconIndex;
  lexicon(name: string): RegExp | undefined;
  /** The same group as a global expression, for walking every cue (compiled once, reused). */
  lexiconAll(name: string): RegExp | undefined;
  /**
   * The group's test in the literal prefilter: when it fails on a sentence, neither expression of
   * the group can match the sentence or any stretch of it. Undefined for a group it cannot test.
   */
  lexiconTest(name: string): number | undefined;
  /** One particular service ("the DNS filtering microservice"), for the named_service condition. */
  readonly namedService: RegExp;
}

/**
 * One particular service: "the DNS filtering microservice", "a small microservice", "runs as a
 * microservice". Such a service may well do security work; that is no misuse of the word.
 */
const NAMED_SERVICE =
  /(?:\b(?!(?:a|an|the|our|your|their|this|that|each|every|one|per|no|any|some|more|firewall|security|network|acl|vlan|switch|router|nsx|to|in|on|at|of|for|from|with|add|added|adding|need|needs|put|enable|configure|install|is|are|was|were|and|or|host-based|agent-based|network-based)\b)[a-z0-9][a-z0-9-]* SVCS\b)|\b(?:as|into|is|be|being|was|becomes?|its own|their own|write|wrote|written|build|built) (?:an? |its own |their own |our own )?SVCS\b/;

export function createSentenceGates(knowledge: Knowledge, prefilter: LiteralPrefilter): SentenceGates {
  // Each group's expressions are made when a rule first asks for them: most groups are asked for by
  // few sentences, and start-up need not wait for them. Their phrases are escaped, so making them
  // cannot fail.
  const lexicons = new Map<string, RegExp>();
  const globalLexicons = new Map<string, RegExp>();
  const tests = new Map<string, number>();
  const lexicon = (name: string): RegExp | undefined => {
    const known = lexicons.get(name);
    if (known !== undefined || !Object.hasOwn(knowledge.lexicons, name)) return known;
    const compiled = compileLexicon(knowledge.lexicons[name] ?? []);
    lexicons.set(name, compiled);
    return compiled;
  };
  for (const [name, entries] of Object.entries(knowledge.lexicons)) {
    // Worked out when the prefilter is built, with the first sentence: start-up need not wait for
    // it. A group without usable literals gets a test that always holds, as good as none.
    tests.set(
      name,
      prefilter.registerAnyOf(() => lexiconLiterals(entries)),
    );
  }
  const group = (name: string): readonly string[] => knowledge.lexicons[name] ?? [];
  const tag = lexiconSource(group("presupposing_tag"));
  return {
    negation: compileLexicon(group("negation")),
    refutation: compileLexicon(group("refutation")),
    report: compileLexicon(group("report")),
    analogy: compileLexicon(group("analogy")),
    presupposingTag: new RegExp(
      // "..., no?" leans on an answer; "... or no?" and "..., or is the benefit smaller then?" leave it
      // open. The tag is looked for first: the look back for an alternative runs only where one ends.
      `(?:^|,|(?<!\\bor) )(?=${tag}[ !.]*\\?+[^a-z]*$)(?<!\\bor (?:is|are|do|does|did|was|were|will|would|should|can|could|has|have)\\b[^,?]{0,80})${tag}[ !.]*\\?+[^a-z]*$|^(?:surely|obviously) `,
    ),
    // A question without its mark: a wh-word, a request to explain, "… q:", or a yes/no question
    // ending "or no".
    questionLead:
      /^(?:(?:what|how|why|where|which|who) (?:is|are|does|do|did|was|were|would|should|can|could|exactly)|what's|whats|eli5|explain|can (?:someone|anyone|somebody|you|u)|could (?:someone|anyone|somebody|you)|anyone (?:know|have|got|here)|does anyone|is there|are there|wondering|curious|q :|question :)(?![a-z0-9])|^(?:[a-z']+ ){1,3}q : |\bwhat'?s the (?:actual |real )?difference\b|^(?:are|is|do|does|can|could|would|should|will) [^.!;]{3,150} or (?:no|not|nah|nope)[ .!]*$/,
    presumption:
      /^(?:(?:ngl|tbh|honestly|ok|okay|so|well|hmm|wait) (?:, )?)?(?:(?:i )?(?:kinda |kind of |sort of )?(?:assumed|figured)|i think|i thought|i guess|i assume|i believe|i'm pretty sure|im pretty sure|pretty sure|afaik|iirc|surely|so basically|basically|obviously|since when|who decided|given that|given|why (?:do|does|are|is|would|should) (?:we|you|they|people|everyone|anyone) (?:keep |still |even )?(?:pretend|act|insist|treat|separate|split|need|have|bother|list)|what (?:is|are) .{0,80} if not|how is .{0,80} any different|why would (?:we|you|anyone) |who needs|how (?:could|can|would) (?:a|an|the|our) .{0,40} (?:ever|even|possibly)|what'?s there to|what is there to|now that we'?ve established|(?:since|now that|given that|given|as) [^,?]{5,100} , (?:which|who|what|how|can|could|should|do|does|when|where|why)|what'?s the point of|what is the point of|how did we end up|remind me why|why (?:are|do|did) we (?:still |even )?(?:have|run|running|keep|fund|funding|pay|paying|list|listing)|why does every|when did .{0,60} start|why (?:are|do) we still|do we really (?:need|want)|why would anyone still)(?![a-z0-9])|correct me if|\bi (?:might|may|could) be (?:wrong|mistaken)\b|unless i'?m missing something|if i understand (?:it |this |that )?(?:correctly|right)|if i'?m not mistaken|if i'?m reading (?:this|that|it) right|(?:isn'?t|is not|aren'?t|are not) (?:SEG|SVC)[A-Z]* (?:just|simply|basically|really|merely|only) |(?:it|they) (?:isn't|aren't|is not|are not)[ .!]*$|(?:SEG|SVC)[A-Z]* (?:and|&|\/) (?:SEG|SVC)[A-Z]* being (?:the same|identical|synonyms|one)\b|why [^?]{0,100} (?:if|when|since|given) (?:they'?re|they are|both are|it'?s|it is|those are) (?:the same|identical|one and the same|synonyms?|just another name|one (?:concept|thing|idea|architecture|pattern|topic))\b|\b(?:since|given|because|seeing as) (?:they'?re|they are|both are|it'?s|it is|those are) (?:the same|identical|one and the same|synonyms?|just another name)\b|^[^?]{5,120} , so (?:why|how come|what'?s|who|do|does|should|can)\b|^[a-z0-9' -]{1,40} : (?:since|now that|given that|given|as) [^,?]{5,100} , (?:which|who|what|how|can|could|should|do|does|when|where|why)\b/,
    definition: new RegExp(
      [
        "(?:what(?:'s| is| are| exactly is| even is| actually is|s)|wtf is|wth is|define|definition of|meaning of|explain|eli5|tl ?; ?dr (?:of |on )?|intro to|primer on|what does|what do (?:people|you|they|we) mean by|heard of|new to) (?:a |an |the |this |that |\" |' )?(?:term |word |buzzword |concept of |idea of |whole )?\\b(?:SVC[VS]?|SEGV?)\\b",
        "^[^a-z]*\\b(?:SVC[VS]?|SEGV?)\\b[^a-z]*\\?[^a-z]*$",
        "\\b(?:SVC[VS]?|SEGV?)\\b (?:means|mean) what",
      ].join("|"),
    ),
    difference: compileLexicon(group("difference_cue")),
    index: createLexiconIndex(knowledge.lexicons),
    lexicon,
    lexiconAll(name) {
      let all = globalLexicons.get(name);
      if (all === undefined) {
        const compiled = lexicon(name);
        if (compiled === undefined) return undefined;
        all = new RegExp(compiled.source, "g");
        globalLexicons.set(name, all);
      }
      return all;
    },
    lexiconTest: (name) => tests.get(name),
    namedService: NAMED_SERVICE,
  };
}
