import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KnowledgeInvalidError } from "../../src/errors";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/load-knowledge";
import { takeKnowledgeSnapshot } from "../../src/knowledge/take-knowledge-snapshot";
import { useKnowledgeCopies } from "./support/knowledge-copies";

const copyKnowledge = useKnowledgeCopies("microsense-snapshot-");

/** A fresh copy of the shipped knowledge files, and where a snapshot of them would go. */
function freshCopy(): { dir: string; snapshotPath: string } {
  const dir = copyKnowledge();
  return { dir, snapshotPath: join(dir, "snapshot.json") };
}

/** What a knowledge load yields, in a form that compares by value. */
const plain = (knowledge: Knowledge) => ({ ...knowledge, forms: [...knowledge.forms] });

describe("the knowledge snapshot", () => {
  it("gives exactly what parsing the files gives", () => {
    const { dir, snapshotPath } = freshCopy();
    expect(takeKnowledgeSnapshot(dir, snapshotPath)).toEqual([]);
    expect(plain(loadKnowledge(dir, { snapshotPath }))).toEqual(
      plain(loadKnowledge(dir, { snapshotPath: false })),
    );
  });

  /** Takes a snapshot and marks it, so that a load shows whether it read the snapshot or the files. */
  function markedSnapshot(): { dir: string; snapshotPath: string } {
    const copy = freshCopy();
    takeKnowledgeSnapshot(copy.dir, copy.snapshotPath);
    const snapshot = JSON.parse(readFileSync(copy.snapshotPath, "utf8"));
    snapshot.files.patterns.rules[0].note = "read from the snapshot";
    writeFileSync(copy.snapshotPath, JSON.stringify(snapshot));
    return copy;
  }

  it("is what a load reads while the files are unchanged", () => {
    const { dir, snapshotPath } = markedSnapshot();
    expect(loadKnowledge(dir, { snapshotPath }).rules[0]?.note).toBe("read from the snapshot");
  });

  it("is not read when asked not to, nor for training, which must start from an untrained model", () => {
    const { dir, snapshotPath } = markedSnapshot();
    expect(loadKnowledge(dir, { snapshotPath: false }).rules[0]?.note).not.toBe("read from the snapshot");
    const training = loadKnowledge(dir, { snapshotPath, untrainedScorer: true });
    expect(training.rules[0]?.note).not.toBe("read from the snapshot");
    expect(training.scorer.model.features).toEqual([]);
  });

  it("is passed over once a file has changed, so an edit takes effect without a rebuild", () => {
    const { dir, snapshotPath } = freshCopy();
    expect(takeKnowledgeSnapshot(dir, snapshotPath)).toEqual([]);
    expect(existsSync(snapshotPath)).toBe(true);
    const lexicons = join(dir, "lexicons.yml");
    writeFileSync(
      lexicons,
      readFileSync(lexicons, "utf8").replace("  report:\n", "  report:\n    - a cue added after the build\n"),
    );
    expect(loadKnowledge(dir, { snapshotPath }).lexicons.report).toContain("a cue added after the build");
  });

  it.each(["{ not json", "null", "[]", '{"digest": 1}'])("is passed over when it reads %s", (content) => {
    const { dir, snapshotPath } = freshCopy();
    writeFileSync(snapshotPath, content);
    expect(loadKnowledge(dir, { snapshotPath }).rules.length).toBeGreaterThan(50);
  });

  it("is not taken where it cannot be written, and says so", () => {
    const { dir } = freshCopy();
    const problems = takeKnowledgeSnapshot(dir, join(dir, "no-such-dir", "snapshot.json"));
    expect(problems.join("\n")).toMatch(/ENOENT/);
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
