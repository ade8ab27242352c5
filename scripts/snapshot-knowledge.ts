/**
 * Part of `npm run build`: snapshots the knowledge under intents/ into dist/, so that the matcher
 * starts without parsing YAML (see src/knowledge/knowledge-snapshot.ts). Invalid knowledge does not
 * fail the build: the install must go on, and the bot names every problem when it starts.
 */
import { intentsPath } from "../src/knowledge/intents-path";
import { DEFAULT_SNAPSHOT_PATH } from "../src/knowledge/knowledge-snapshot";
import { takeKnowledgeSnapshot } from "../src/knowledge/take-knowledge-snapshot";

const problems = takeKnowledgeSnapshot(intentsPath(), DEFAULT_SNAPSHOT_PATH);
if (problems.length > 0) {
  process.stderr.write(
    `microsense: no knowledge snapshot taken, intents/ has problems (the bot reports them when it starts):\n${problems.join("\n")}\n`,
  );
}
