/**
 * A single cheap scan that rules out most channel traffic before any real work: a message can only
 * hold a term if it contains "micro" (or a common misspelling of it), an m-word running into
 * "serv"/"seg", the micro sign, or characters that could disguise a term (zero-width, look-alike
 * letters, fullwidth forms). False passes cost a little time; false rejects would cost recall.
 */
const MAY_HOLD_TERM =
  /m(?:icro|irco|igro|ikro|icor|ciro|icr|rcio)|m[a-z]{0,5}(?:serv|svc|seg|sge|sre|sevr)|\u034f|[µμΜ\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u0370-\u03ff\u0400-\u04ff\uff00-\uffef\u{1d400}-\u{1d7ff}]/iu;

export function mayHoldTerm(text: string): boolean {
  return MAY_HOLD_TERM.test(text);
}
