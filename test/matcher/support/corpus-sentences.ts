import { readdirSync } from "node:fs";
import { join } from "node:path";
import { foldText } from "../../../src/matcher/fold-text";
import { markQuotations } from "../../../src/matcher/mark-quotations";
import { maskMarkup } from "../../../src/matcher/mask-markup";
import {
  describeMessage,
  type PreparedSentence,
  prepareSentence,
} from "../../../src/matcher/prepare-sentence";
import { readCorpus } from "../../../src/matcher/score-corpus";
import { splitSentences } from "../../../src/matcher/split-sentences";
import { createTermSpotter } from "../../../src/matcher/spot-terms";
import { INTENTS_DIR, shippedKnowledge } from "./shipped-knowledge";

let cached: PreparedSentence[] | undefined;

/** Every sentence of every corpus message that names a term, prepared as the rules read it. */
export function corpusSentences(): PreparedSentence[] {
  if (cached) return cached;
  const spotter = createTermSpotter(shippedKnowledge());
  const corpusDir = join(INTENTS_DIR, "corpus");
  const texts = readdirSync(corpusDir)
    .filter((file) => file.endsWith(".jsonl"))
    .flatMap((file) => readCorpus(join(corpusDir, file)).map((entry) => entry.text));
  cached = texts.flatMap((text) => {
    const masked = foldText(maskMarkup(text));
    const folded = { text: markQuotations(masked.text), origin: masked.origin };
    const spotted = spotter.spot(folded, text);
    if (spotted.length === 0) return [];
    const message = describeMessage(folded.text, spotted, text);
    return splitSentences(folded.text)
      .map((span) => prepareSentence(folded.text, span, spotted, message))
      .filter((sentence) => sentence.terms.length > 0);
  });
  return cached;
}

/** A small seeded generator (mulberry32), so that random inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random strings drawn from `pieces`, up to `maxPieces` each. */
export function randomTexts(
  pieces: readonly string[],
  count: number,
  maxPieces: number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * (maxPieces + 1));
    let text = "";
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)] ?? "";
    return text;
  });
}
