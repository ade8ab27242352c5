import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";

export interface LoadTime {
  /** Requiring the matcher module and everything it imports. */
  readonly requireMs: number;
  /** createMatcher(): reading and validating intents/, compiling the rules. */
  readonly createMs: number;
  readonly totalMs: number;
  /** The first classify() after loading: V8 compiles each regular expression on its first use. */
  readonly firstClassifyMs: number;
}

/**
 * Loads the matcher in a fresh node process, so module loading (yaml, zod, natural) counts as it does
 * when the bot starts. Node's own start-up is not included: the clock starts inside the child.
 * With `snapshot` the knowledge comes from the snapshot the build took; without, it is parsed from
 * intents/, as after an edit made since the last build. Returns the run with the median total of
 * `runs`, since a single start-up is noisy.
 */
export function measureLoadTime(createMatcherModule: string, snapshot: boolean, runs = 5): LoadTime {
  const times = Array.from({ length: runs }, () => loadOnce(createMatcherModule, snapshot));
  times.sort((a, b) => a.totalMs - b.totalMs);
  const median = times[Math.floor(times.length / 2)];
  if (!median) throw new Error("measureLoadTime needs at least one run");
  return median;
}

function loadOnce(createMatcherModule: string, snapshot: boolean): LoadTime {
  const loadKnowledgeModule = join(dirname(createMatcherModule), "..", "knowledge", "load-knowledge.js");
  const script = `
    const start = process.hrtime.bigint();
    const { createMatcher } = require(${JSON.stringify(createMatcherModule)});
    const { loadKnowledge } = require(${JSON.stringify(loadKnowledgeModule)});
    const loaded = process.hrtime.bigint();
    const matcher = createMatcher(${snapshot ? "loadKnowledge()" : "loadKnowledge(undefined, { snapshotPath: false })"});
    const created = process.hrtime.bigint();
    matcher.classify("so microservices is basically microsegmentation for apps, right?");
    const classified = process.hrtime.bigint();
    process.stdout.write(JSON.stringify({
      requireMs: Number(loaded - start) / 1e6,
      createMs: Number(created - loaded) / 1e6,
      totalMs: Number(created - start) / 1e6,
      firstClassifyMs: Number(classified - created) / 1e6,
    }));
  `;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (child.status !== 0) {
    throw new Error(`loading the matcher in a child process failed (exit ${child.status}):\n${child.stderr}`);
  }
  return JSON.parse(child.stdout) as LoadTime;
}
