import { createHash } from "node:crypto";

/**
 * Picks one of several wordings, stable for a given seed (the event id): a retried event gets the
 * same words, while different messages vary. Hash-based, not random, so tests are deterministic.
 */
export function pickVariant<T>(variants: readonly [T, ...T[]] | readonly T[], seed: string): T {
  const first = variants[0];
  if (first === undefined) throw new RangeError("pickVariant needs at least one variant");
  const digest = createHash("sha1").update(seed).digest();
  return variants[digest.readUInt32BE(0) % variants.length] ?? first;
}
