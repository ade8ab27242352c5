import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LexiconsFile, PatternsFile, ScorerFile, ScorerModel, TermsFile } from "./knowledge-schema";

/** The knowledge files under intents/ as their schemas read them, before they are checked against each other. */
export interface KnowledgeFiles {
  readonly terms: TermsFile;
  readonly lexiconsFile: LexiconsFile;
  readonly patterns: PatternsFile;
  readonly scorerSettings: ScorerFile;
  readonly scorerModel: ScorerModel;
}

/** The files the matcher's knowledge is read from, in the order they are digested. */
export const KNOWLEDGE_FILES = [
  "terms.yml",
  "lexicons.yml",
  "patterns.yml",
  "scorer.yml",
  "scorer-model.json",
] as const;

// The code that turns the files into knowledge: a snapshot taken by other code is not used.
const READERS = [
  "./knowledge-schema",
  "./read-knowledge-files",
  "./parse-knowledge-yaml",
  "js-yaml/package.json",
  "zod/package.json",
];

/**
 * Where `npm run build` leaves the snapshot of the shipped knowledge: dist/knowledge-snapshot.json
 * beside the compiled code. Run from the TypeScript sources (the tests), the path is
 * knowledge-snapshot.json at the project's root, which nothing writes: every load parses the YAML.
 */
export const DEFAULT_SNAPSHOT_PATH = join(__dirname, "..", "..", "knowledge-snapshot.json");

interface Snapshot {
  readonly digest: string;
  readonly files: KnowledgeFiles;
}

/**
 * A digest of the knowledge files in `dir` and of the code that reads them (its own modules, the
 * YAML parser's and the schema library's versions), so that a snapshot is used only for the very
 * files, read by the very code, it was taken from. Undefined when a file cannot be read: the full
 * read then reports it.
 */
export function digestKnowledge(dir: string): string | undefined {
  const hash = createHash("sha256");
  try {
    for (const file of KNOWLEDGE_FILES) {
      hash.update(`${file}\u0000`);
      hash.update(readFileSync(join(dir, file)));
      hash.update("\u0000");
    }
    for (const reader of READERS) hash.update(readFileSync(require.resolve(reader)));
  } catch {
    return undefined;
  }
  return hash.digest("hex");
}

/** The files of a snapshot taken of knowledge with this digest, or undefined (no snapshot, another digest, unreadable). */
export function readKnowledgeSnapshot(path: string, digest: string): KnowledgeFiles | undefined {
  let snapshot: Partial<Snapshot> | null;
  try {
    snapshot = JSON.parse(readFileSync(path, "utf8")) as Partial<Snapshot> | null;
  } catch {
    return undefined;
  }
  return snapshot?.digest === digest ? snapshot.files : undefined;
}

/** Writes the snapshot whole or not at all: a process starting meanwhile never reads half of one. */
export function writeKnowledgeSnapshot(path: string, digest: string, files: KnowledgeFiles): void {
  const snapshot: Snapshot = { digest, files };
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, path);
}
