import { join } from "node:path";
import { type Knowledge, loadKnowledge } from "../../../src/knowledge/load-knowledge";

/** The repository's intents/, located from here rather than through the code under test. */
export const INTENTS_DIR = join(__dirname, "..", "..", "..", "intents");

let cached: Knowledge | undefined;

/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  cached ??= loadKnowledge(INTENTS_DIR);
  return cached;
}
