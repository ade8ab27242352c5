import type { CompiledRule } from "./compile-rules";
import type { GroupMask, LexiconGroups, LexiconIndex } from "./lexicon-index";

/** Which terms a sentence and its message name, as bits: what `needs` and built-in forbids ask. */
export const SERVICES = 1;
export const SEGMENTATION = 2;
export const SERVICES_IN_MESSAGE = 4;
export const SEGMENTATION_IN_MESSAGE = 8;

/** The built-in conditions that are term bits (see SentenceScan.builtIn); named_service is not. */
const TERM_CONDITIONS: Readonly<Record<string, number>> = {
  svc_term: SERVICES,
  seg_term: SEGMENTATION,
  svc_in_message: SERVICES_IN_MESSAGE,
  seg_in_message: SEGMENTATION_IN_MESSAGE,
};

/**
 * What each rule needs of a sentence before its expressions are worth running: the terms, the cue
 * groups, and no forbidden group. Kept in flat arrays, so a sentence is checked against every rule
 * without visiting each rule's objects (scattered in memory, they cost a cache miss apiece).
 */
export interface RuleTable {
  /**
   * The rules whose term needs and term forbids a sentence with these term bits meets, in rule
   * order: the others are never worth trying there, so a sentence need not visit them.
   */
  candidates(terms: number): readonly number[];
  /**
   * Whether rule `r` is worth trying; `terms` holds the term bits above, and `namedService` answers
   * the named_service condition (asked only of rules that forbid it).
   */
  isWorthTrying(r: number, terms: number, groups: LexiconGroups, namedService: () => boolean): boolean;
}

/** What the flat arrays cannot hold: groups numbered 64 and up, and cue groups that do not exist. */
interface SlowCheck {
  readonly possible: boolean;
  readonly cues: GroupMask;
  readonly forbidden: GroupMask;
}

export function createRuleTable(rules: readonly CompiledRule[], index: LexiconIndex): RuleTable {
  const count = rules.length;
  const needs = new Uint8Array(count);
  const cueLow = new Int32Array(count);
  const cueHigh = new Int32Array(count);
  const forbidLow = new Int32Array(count);
  const forbidHigh = new Int32Array(count);
  const forbidTerms = new Uint8Array(count);
  const forbidNamed = new Uint8Array(count);
  const slow = new Array<SlowCheck | undefined>(count).fill(undefined);
  rules.forEach((rule, r) => {
    needs[r] = (rule.needs.services ? SERVICES : 0) | (rule.needs.segmentation ? SEGMENTATION : 0);
    const cues = index.maskOf(rule.cueGroups);
    // A forbidden name that is no group is never found: leaving it out changes nothing.
    const forbidden = index.maskOf(rule.forbids);
    cueLow[r] = cues.low;
    cueHigh[r] = cues.high;
    forbidLow[r] = forbidden.low;
    forbidHigh[r] = forbidden.high;
    // A cue name that is no group is never found either, so such a rule is never tried.
    const possible = index.knows(rule.cueGroups);
    for (const condition of rule.forbids)
      forbidTerms[r] = (forbidTerms[r] ?? 0) | (TERM_CONDITIONS[condition] ?? 0);
    forbidNamed[r] = rule.forbids.includes("named_service") ? 1 : 0;
    if (!possible || cues.rest.length > 0 || forbidden.rest.length > 0)
      slow[r] = { possible, cues, forbidden };
  });
  // Four term bits make sixteen kinds of sentence; each gets its list of rules once.
  const byTerms = Array.from({ length: 16 }, (_, terms) =>
    rules.flatMap((_, r) =>
      ((needs[r] ?? 0) & ~terms) === 0 && ((forbidTerms[r] ?? 0) & terms) === 0 ? [r] : [],
    ),
  );
  return {
    candidates: (terms) => byTerms[terms] ?? [],
    isWorthTrying(r, terms, groups, namedService) {
      if (((needs[r] ?? 0) & ~terms) !== 0 || ((forbidTerms[r] ?? 0) & terms) !== 0) return false;
      const low = cueLow[r] ?? 0;
      const high = cueHigh[r] ?? 0;
      if ((groups.low & low) !== low || (groups.high & high) !== high) return false;
      // Sentence-level vetoes are as cheap here as they are after a match, and they save the match.
      if ((groups.low & (forbidLow[r] ?? 0)) !== 0 || (groups.high & (forbidHigh[r] ?? 0)) !== 0)
        return false;
      const check = slow[r];
      if (check && (!check.possible || !groups.hasAll(check.cues) || groups.hasAny(check.forbidden)))
        return false;
      // The one built-in that runs an expression comes last.
      return forbidNamed[r] === 0 || !namedService();
    },
  };
}
