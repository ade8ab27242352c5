import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KnowledgeInvalidError } from "../../src/errors";
import { KNOWLEDGE_FILES } from "../../src/knowledge/knowledge-snapshot";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/load-knowledge";
import { takeKnowledgeSnapshot } from "../../src/knowledge/take-knowledge-snapshot";
import { INTENTS_DIR } from "./support/shipped-knowledge";

let root: string;
let copies = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "microsense-snapshot-"));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh copy of the shipped knowledge files, and where a snapshot of them would go. */
function freshCopy(): { dir: string; snapshotPath: string } {
  copies += 1;
  const dir = mkdtempSync(join(root, `copy-${copies}-`));
  for (const file of KNOWLEDGE_FILES) copyFileSync(join(INTENTS_DIR, file), join(dir, file));
  return { dir, snapshotPath: join(dir, "snapshot.json") };
}

/** What a knowledge load yields, in a form that compares by value. */
const plain = (knowledge: Knowledge) => ({ ...knowledge, forms: [...knowledge.forms] });

describe("the knowledge snapshot", () => {
  it("gives exactly what parsing the files gives", () => {
    const { dir, snapshotPath } = freshCopy();
    expect(takeKnowledgeSnapshot(dir, snapshotPath)).toEqual([]);
    expect(plain(loadKnowledge(dir, { snapshotPath }))).toEqual(plain(loadKnowledge(dir, {})));
  });

  it("is what a load reads while the files are unchanged", () => {
    const { dir, snapshotPath } = freshCopy();
    takeKnowledgeSnapshot(dir, snapshotPath);
    // A mark only the snapshot carries shows which of the two the load read.
    const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8"));
    snapshot.files.patterns.rules[0].note = "read from the snapshot";
    writeFileSync(snapshotPath, JSON.stringify(snapshot));
    expect(loadKnowledge(dir, { snapshotPath }).rules[0]?.note).toBe("read from the snapshot");
  });

  it("is passed over once a file has changed, so an edit takes effect without a rebuild", () => {
    const { dir, snapshotPath } = freshCopy();
    takeKnowledgeSnapshot(dir, snapshotPath);
    const lexicons = join(dir, "lexicons.yml");
    writeFileSync(
      lexicons,
      readFileSync(lexicons, "utf8").replace("  report:\n", "  report:\n    - a cue added after the build\n"),
    );
    expect(loadKnowledge(dir, { snapshotPath }).lexicons.report).toContain("a cue added after the build");
  });

  it("is passed over when it is unreadable", () => {
    const { dir, snapshotPath } = freshCopy();
    writeFileSync(snapshotPath, "{ not json");
    expect(loadKnowledge(dir, { snapshotPath }).rules.length).toBeGreaterThan(50);
  });

  it("is not taken of invalid knowledge, and an old one is removed", () => {
    const { dir, snapshotPath } = freshCopy();
    takeKnowledgeSnapshot(dir, snapshotPath);
    const patterns = join(dir, "patterns.yml");
    writeFileSync(patterns, readFileSync(patterns, "utf8").replace("{@softener}", "{@no_such_group_}"));
    const problems = takeKnowledgeSnapshot(dir, snapshotPath);
    expect(problems.join("\n")).toMatch(/no_such_group_/);
    expect(existsSync(snapshotPath)).toBe(false);
    expect(() => loadKnowledge(dir, { snapshotPath })).toThrow(KnowledgeInvalidError);
  });
});
