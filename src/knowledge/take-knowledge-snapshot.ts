import { rmSync } from "node:fs";
import { digestKnowledge, writeKnowledgeSnapshot } from "./knowledge-snapshot";
import { loadKnowledge } from "./load-knowledge";
import { readKnowledgeFiles } from "./read-knowledge-files";

/**
 * Snapshots the knowledge in `dir` at `path` when it is valid, so the next start need not parse it;
 * when it is not, removes any old snapshot and returns the problems (the start reports them again).
 */
export function takeKnowledgeSnapshot(dir: string, path: string): readonly string[] {
  rmSync(path, { force: true });
  const problems: string[] = [];
  const digest = digestKnowledge(dir);
  const files = readKnowledgeFiles(dir, {}, problems);
  if (!files || digest === undefined) return problems;
  try {
    // The checks across files run here as at every start; a snapshot is only taken of knowledge that passes.
    loadKnowledge(dir, {});
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  writeKnowledgeSnapshot(path, digest, files);
  return [];
}
