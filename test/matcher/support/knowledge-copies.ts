import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KNOWLEDGE_FILES } from "../../../src/knowledge/knowledge-snapshot";
import { INTENTS_DIR } from "./shipped-knowledge";

export type KnowledgeFile = (typeof KNOWLEDGE_FILES)[number];
export type KnowledgeEdits = Partial<Record<KnowledgeFile, (raw: string) => string>>;

/**
 * Registers a temporary directory for the suite (removed after it) and returns a maker of fresh
 * copies of the shipped knowledge files in it, with `edits` applied to the raw text of some.
 */
export function useKnowledgeCopies(prefix: string): (edits?: KnowledgeEdits) => string {
  let root = "";
  let copies = 0;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  return (edits = {}) => {
    copies += 1;
    const dir = mkdtempSync(join(root, `copy-${copies}-`));
    for (const file of KNOWLEDGE_FILES) {
      const edit = edits[file];
      if (edit) writeFileSync(join(dir, file), edit(readFileSync(join(INTENTS_DIR, file), "utf8")));
      else copyFileSync(join(INTENTS_DIR, file), join(dir, file));
    }
    return dir;
  };
}
