import { rmSync } from "node:fs";
import { digestKnowledge, writeKnowledgeSnapshot } from "./knowledge-snapshot";
import { checkKnowledge } from "./load-knowledge";
import { readKnowledgeFiles } from "./read-knowledge-files";

/**
 * Snapshots the knowledge in `dir` at `path` when it is valid, so the next start need not parse it;
 * when it is not, or the snapshot cannot be written, removes any old snapshot and returns the
 * problems (a start parses the files and reports them again).
 */
export function takeKnowledgeSnapshot(dir: string, path: string): readonly string[] {
  try {
    rmSync(path, { force: true });
    const problems: string[] = [];
    const digest = digestKnowledge(dir);
    const files = readKnowledgeFiles(dir, {}, problems);
    if (!files) return problems;
    if (digest === undefined) return ["intents/ or the code that reads it could not be read for the digest"];
    // The checks across files run here as at every start; a snapshot is only taken of knowledge that passes.
    checkKnowledge(files);
    // A file saved meanwhile would leave the new contents under the old digest.
    if (digestKnowledge(dir) !== digest) return ["intents/ changed while it was being read; build again"];
    writeKnowledgeSnapshot(path, digest, files);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
