import { z } from "zod";
import type { MatchResult } from "../matcher/types";

/** Slack caps a button value at 2,000 characters; stay clear of it on every platform. */
export const MAX_EVIDENCE_SUMMARY_LENGTH = 1900;

const summarySchema = z.object({
  /** The intent, or for a conflation its kind. */
  k: z.string(),
  /** The misused term of a wrong_sense conflation. */
  t: z.string().optional(),
  /** Confidence, two decimals. */
  c: z.number(),
  e: z.array(z.object({ r: z.string(), c: z.array(z.string()), n: z.string().optional() })),
});

export type EvidenceSummary = z.infer<typeof summarySchema>;

/**
 * What the "why did I get this?" button needs, packed into the button itself: no message text is
 * stored, so the verdict has to travel with the message. Shrinks step by step (shorter notes, no
 * notes, fewer cues, fewer rules) until it fits.
 */
export function encodeEvidenceSummary(result: MatchResult): string {
  const base = {
    k: result.intent === "conflation" && result.kind !== undefined ? result.kind : result.intent,
    ...(result.misusedTerm === undefined ? {} : { t: result.misusedTerm }),
    c: Math.round(result.confidence * 100) / 100,
  };
  const attempts: Array<(evidence: MatchResult["evidence"]) => EvidenceSummary["e"]> = [
    (evidence) => evidence.map((item) => ({ r: item.rule, c: [...item.cues], n: item.note })),
    (evidence) =>
      evidence.map((item) => ({ r: item.rule, c: item.cues.slice(0, 5), n: clip(item.note, 100) })),
    (evidence) =>
      evidence.map((item) => ({ r: item.rule, c: item.cues.slice(0, 3).map((cue) => clip(cue, 40)) })),
    (evidence) => evidence.slice(0, 10).map((item) => ({ r: clip(item.rule, 80), c: [] })),
  ];
  for (const attempt of attempts) {
    const encoded = JSON.stringify({ ...base, e: attempt(result.evidence) });
    if (encoded.length <= MAX_EVIDENCE_SUMMARY_LENGTH) return encoded;
  }
  return JSON.stringify({ ...base, e: [] });
}

/** Undefined when the value was not made by encodeEvidenceSummary (or by an incompatible version). */
export function decodeEvidenceSummary(value: string): EvidenceSummary | undefined {
  try {
    const parsed = summarySchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
