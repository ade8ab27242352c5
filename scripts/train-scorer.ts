/**
 * Retrains the conflation scorer: reads the training files named in intents/scorer.yml, fits the
 * model (src/matcher/train-scorer.ts), writes intents/scorer-model.json and snapshots the knowledge again.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { intentsPath } from "../src/knowledge/intents-path";
import { DEFAULT_SNAPSHOT_PATH } from "../src/knowledge/knowledge-snapshot";
import { loadKnowledge } from "../src/knowledge/load-knowledge";
import { takeKnowledgeSnapshot } from "../src/knowledge/take-knowledge-snapshot";
import { readCorpus } from "../src/matcher/score-corpus";
import { collectUnits, serializeScorerModel, trainScorer } from "../src/matcher/train-scorer";

const intents = intentsPath();
const knowledge = loadKnowledge(intents, { untrainedScorer: true });
const { training } = knowledge.scorer.settings;
const entries = training.files.flatMap((file) => readCorpus(join(intents, "corpus", file)));
const units = collectUnits(knowledge, entries);
const model = { ...trainScorer(units, training), trained_on: [...training.files] };
const path = join(intents, "scorer-model.json");
writeFileSync(path, serializeScorerModel(model));
// The snapshot the build took holds the old weights: take it again, so the next start need not parse.
const snapshotProblems = takeKnowledgeSnapshot(intents, DEFAULT_SNAPSHOT_PATH);
if (snapshotProblems.length > 0) {
  process.stderr.write(`no knowledge snapshot taken:\n${snapshotProblems.join("\n")}\n`);
}
const conflations = units.filter((unit) => unit.label > 0).length;
process.stdout.write(
  `wrote ${path}: ${model.features.length} features, fitted to ${units.length} of ` +
    `${entries.length} messages (${conflations} conflations)\n`,
);
