import { cpus } from "node:os";
import { join } from "node:path";
import { intentsPath } from "../src/knowledge/intents-path";
import { loadKnowledge } from "../src/knowledge/load-knowledge";
import { createMatcher } from "../src/matcher/create-matcher";
import { readCorpus } from "../src/matcher/score-corpus";
import type { Matcher } from "../src/matcher/types";
import { createSeededRandom, type SeededRandom } from "../src/seeded-random";
import { generateChatTraffic } from "./chat-traffic";
import { measureLoadTime } from "./measure-load-time";
import { measureThroughput, type ThroughputFigures, timeCall } from "./measure-throughput";
import { REPEATED_TERM_MESSAGE, SLACK_MAX_LENGTH, worstCaseInputs } from "./worst-case-inputs";

/**
 * `npm run bench`: how fast the matcher loads, how many messages a second it handles on one thread,
 * and how long the nastiest single messages take. Prints figures next to their targets; it asserts
 * nothing, because timings belong to the machine, not to the code.
 */
const TARGETS = { loadMs: 300, trafficPerSecond: 300_000, termsPerSecond: 50_000, worstCaseMs: 50 };
const TRAFFIC_SIZE = 4_000;
const TERM_SHARE = 0.05;
const SCALING_LENGTHS = [5_000, 10_000, 20_000, 40_000] as const;

/** Ordinary chatter with the corpus' term-bearing messages mixed in at TERM_SHARE, in a seeded order. */
function channelTraffic(withTerms: readonly string[], random: SeededRandom): string[] {
  const termCount = Math.round(TRAFFIC_SIZE * TERM_SHARE);
  const messages = generateChatTraffic(TRAFFIC_SIZE - termCount, random);
  for (let i = 0; i < termCount; i++) messages.push(random.pick(withTerms));
  for (let i = messages.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const here = messages[i];
    const there = messages[j];
    if (here === undefined || there === undefined) continue;
    messages[i] = there;
    messages[j] = here;
  }
  return messages;
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? "ok" : "MISSED");

function throughputRow(label: string, figures: ThroughputFigures, target: number): string {
  return [
    label.padEnd(34),
    number(figures.messages).padStart(6),
    number(figures.perSecond).padStart(11),
    number(figures.p50Micros, 1).padStart(8),
    number(figures.p99Micros, 1).padStart(8),
    number(figures.maxMicros, 0).padStart(8),
    `${number(figures.heapBeforeMb, 1)} -> ${number(figures.heapAfterMb, 1)}`.padStart(14),
    `>= ${number(target)}`.padStart(12),
    verdict(figures.perSecond >= target),
  ].join("  ");
}

function shareWithTerms(matcher: Matcher, messages: readonly string[]): number {
  return messages.filter((text) => matcher.classify(text).terms.length > 0).length / messages.length;
}

function printLoad(): void {
  const module = join(__dirname, "..", "src", "matcher", "create-matcher.js");
  for (const [label, snapshot] of [
    ["from the build's snapshot", true],
    ["parsing intents/ (after an edit)", false],
  ] as const) {
    const load = measureLoadTime(module, snapshot);
    console.log(
      `load ${label.padEnd(33)} require ${number(load.requireMs, 1).padStart(5)} ms + createMatcher ${number(load.createMs, 1).padStart(5)} ms` +
        ` = ${number(load.totalMs, 1).padStart(5)} ms   target < ${TARGETS.loadMs} ms   ${verdict(load.totalMs < TARGETS.loadMs)}`,
    );
  }
  console.log(
    "(fresh process, median of 5; then the first classify() compiles the regular expressions it uses)\n",
  );
}

function printThroughput(matcher: Matcher, corpusDir: string): void {
  const withTerms = (file: string): string[] =>
    readCorpus(join(corpusDir, file))
      .map((entry) => entry.text)
      .filter((text) => matcher.classify(text).terms.length > 0);
  const traffic = channelTraffic(withTerms("dev.jsonl"), createSeededRandom(20240611));
  const allWithTerms = [...withTerms("dev.jsonl"), ...withTerms("heldout.jsonl")];

  const header = ["throughput".padEnd(34), "msgs".padStart(6), "msg/s".padStart(11)];
  header.push("p50 µs".padStart(8), "p99 µs".padStart(8), "max µs".padStart(8), "heap MB".padStart(14));
  console.log([...header, "target".padStart(12)].join("  "));
  const share = number(shareWithTerms(matcher, traffic) * 100, 1);
  const a = measureThroughput(matcher, traffic);
  console.log(throughputRow(`(a) channel traffic (${share}% terms)`, a, TARGETS.trafficPerSecond));
  const b = measureThroughput(matcher, allWithTerms);
  console.log(throughputRow("(b) corpus messages with terms", b, TARGETS.termsPerSecond));
}

function printWorstCases(matcher: Matcher, corpusDir: string): void {
  const classify = (text: string): unknown => matcher.classify(text);
  const prose = readCorpus(join(corpusDir, "prose.jsonl"))
    .map((entry) => entry.text)
    .filter((text) => matcher.classify(text).terms.length > 0);
  const cases = worstCaseInputs(prose);

  console.log(
    `\nworst cases, one message each (flagged when the first call takes > ${TARGETS.worstCaseMs} ms)`,
  );
  console.log(
    `${"input".padEnd(38)}${"chars".padStart(9)}${"first ms".padStart(11)}${"best ms".padStart(10)}`,
  );
  const inputs = [
    ...cases.map((entry) => ({ name: entry.name, text: entry.build(SLACK_MAX_LENGTH, 1) })),
    { name: '"microservices is " x 20,000', text: REPEATED_TERM_MESSAGE },
  ];
  for (const { name, text } of inputs) {
    const time = timeCall(classify, text);
    const flag = time.firstMs > TARGETS.worstCaseMs ? `  SLOW (> ${TARGETS.worstCaseMs} ms)` : "";
    const figures = `${number(time.firstMs, 2).padStart(11)}${number(time.bestMs, 2).padStart(10)}`;
    console.log(`${name.padEnd(38)}${number(text.length).padStart(9)}${figures}${flag}`);
  }

  console.log("\ngrowth with length (first call, ms; linear growth doubles per column, 40k/5k near 8)");
  const lengths = SCALING_LENGTHS.map((length) => `${length / 1000}k`.padStart(9)).join("");
  console.log(`${"input".padEnd(38)}${lengths}${"40k/5k".padStart(9)}`);
  for (const entry of cases) {
    // A seed per length, so no length reuses words the fuzzy cache saw at another.
    const times = SCALING_LENGTHS.map((length) => timeCall(classify, entry.build(length, length)).firstMs);
    const first = times[0] ?? 0;
    const last = times[times.length - 1] ?? 0;
    const ratio = first > 0 ? number(last / first, 1) : "-";
    console.log(
      `${entry.name.padEnd(38)}${times.map((ms) => number(ms, 2).padStart(9)).join("")}${ratio.padStart(9)}`,
    );
  }
}

function main(): void {
  const intents = intentsPath();
  const corpusDir = join(intents, "corpus");
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`microsense matcher benchmark — node ${process.version}, ${cpu}, one thread\n`);
  printLoad();
  const matcher = createMatcher(loadKnowledge(intents));
  printThroughput(matcher, corpusDir);
  printWorstCases(matcher, corpusDir);
}

main();
