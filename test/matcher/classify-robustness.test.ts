import { join } from "node:path";
import { createMatcher } from "../../src/matcher/create-matcher";
import { readCorpus } from "../../src/matcher/score-corpus";
import type { MatchResult } from "../../src/matcher/types";
import { seededRandom } from "./support/corpus-sentences";
import { INTENTS_DIR, shippedKnowledge } from "./support/shipped-knowledge";

const matcher = createMatcher(shippedKnowledge());
const SLACK_MAX = 40_000;

/** What every result must satisfy, whatever the input. */
function expectValid(text: string, result: MatchResult): void {
  expect(["conflation", "question", "mention", "none"]).toContain(result.intent);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.kind !== undefined).toBe(result.intent === "conflation");
  expect(result.topic !== undefined).toBe(result.intent === "question");
  if (result.misusedTerm !== undefined) expect(result.kind).toBe("wrong_sense");
  expect(result.terms.length === 0).toBe(result.intent === "none");
  for (const term of result.terms) {
    expect(["microservices", "microsegmentation"]).toContain(term.term);
    expect(["variant", "fuzzy"]).toContain(term.via);
    expect(term.start).toBeGreaterThanOrEqual(0);
    expect(term.start).toBeLessThan(term.end);
    expect(term.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(term.start, term.end)).toBe(term.text);
  }
  for (const evidence of result.evidence) expect(evidence.rule).not.toBe("");
}

function classifyValid(text: string): MatchResult {
  const result = matcher.classify(text);
  expectValid(text, result);
  return result;
}

const FRAGMENTS = [
  "microservices",
  "Micro-Segmentation",
  "µseg",
  "micro",
  "services",
  " is ",
  " the same as ",
  " aka ",
  "?",
  ". ",
  "\n",
  "> ",
  "```",
  "`",
  "<@U1>",
  "<https://x.y|",
  ">",
  ":tada:",
  "&gt;",
  "&amp;",
  "*_~",
  "🎉",
  "👩‍👩‍👧",
  "👍🏽",
  "\u200b",
  "\u200d",
  "\u00ad",
  "\u202e",
  "\u200f",
  "\u0301",
  "\ud800",
  "\udfff",
  "\u0000",
  "ｍｉｃｒｏ",
  "𝐬𝐞𝐠",
  "с",
  "mircoservices",
  " ",
];

describe("classify robustness", () => {
  it.each([
    ["right-to-left marks around a term", "\u200fmicroservices\u200f is \u202emicrosegmentation\u202c"],
    ["an RTL override inside a term", "micro\u202eservices\u202c"],
    ["Arabic and Hebrew around a term", "مرحبا microservices שלום"],
    ["combining characters on a term", "m\u0301i\u0302c\u0303r\u0304o\u0305services"],
    ["a pile of combining marks", `micro${"\u0301".repeat(5_000)}services`],
    ["emoji ZWJ sequences", "👩‍👩‍👧‍👦 microservices 🏳️‍🌈 = 👩🏽‍💻 microsegmentation 🧑‍🤝‍🧑"],
    ["flags and keycaps", "🇩🇪 1️⃣ microseg #️⃣"],
    ["a lone high surrogate", "microservices \ud800 is microseg"],
    ["a lone low surrogate", "\udc00microservices"],
    ["a term ending in a lone surrogate", "microservices\ud83d"],
    ["only a lone surrogate", "\ud83d"],
    ["NUL and control characters", "micro\u0000services\u0007 is\u001b microseg"],
    ["a BOM and line separators", "\ufeffmicroservices\u2028microseg\u2029ok"],
    ["only invisible characters", "\u200b\u200c\u200d\u2060\ufeff"],
    ["the empty string", ""],
    ["only whitespace", " \n\t\r\n "],
    ["only markup", "```\n``` <@U1> :tada: > "],
  ])("handles %s", (_, text) => {
    classifyValid(text);
  });

  it("handles a 40,000-character message of real prose and finds every term in it", () => {
    const prose = readCorpus(join(INTENTS_DIR, "corpus", "prose.jsonl")).map((entry) => entry.text);
    const paragraphs: string[] = [];
    let length = 0;
    for (let i = 0; length < SLACK_MAX - 100; i++) {
      const paragraph = prose[i % prose.length] ?? "";
      if (length + paragraph.length + 2 > SLACK_MAX - 100) break;
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const claim = "microservices is just microsegmentation";
    const text = `${paragraphs.join("\n\n")}\n\n${claim}`;
    expect(text.length).toBeGreaterThan(SLACK_MAX - 1_000);
    expect(text.length).toBeLessThanOrEqual(SLACK_MAX);

    const expectedTerms = paragraphs.reduce(
      (sum, paragraph) => sum + matcher.classify(paragraph).terms.length,
      2,
    );
    const result = classifyValid(text);
    expect(result.terms).toHaveLength(expectedTerms);
    expect(result.intent).toBe("conflation");
    const last = result.terms[result.terms.length - 1];
    expect(last?.start).toBe(text.length - "microsegmentation".length);
  });

  it.each([
    ["micro-micro-...", "micro-".repeat(SLACK_MAX / 6)],
    ["spaces", " ".repeat(SLACK_MAX)],
    ["nested markup", "<<<<```>>>\n> *_~*_~ ::: `micro` <https://x|".repeat(SLACK_MAX / 45)],
    [
      "zero-width interleaved",
      [..."microservices "]
        .map((char) => `${char}\u200b`)
        .join("")
        .repeat(1_420),
    ],
    ["one 40,000-letter word", `micro${"s".repeat(SLACK_MAX - 5)}`],
  ])("handles 40,000 characters of %s", (_, text) => {
    expect(text.length).toBeLessThanOrEqual(SLACK_MAX);
    classifyValid(text);
  });

  it("keeps valid results on 500 random mixes of terms, markup and odd Unicode", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 30);
      for (let j = 0; j < count; j++) parts.push(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] ?? "");
      const text = parts.join("");
      try {
        classifyValid(text);
      } catch (error) {
        throw new Error(`classify(${JSON.stringify(text)}): ${String(error)}`);
      }
    }
  });

  it("reports the terms as written when emoji come first", () => {
    const text = "🎉🎉 microservices is microsegmentation";
    const result = classifyValid(text);
    expect(result.terms.map((term) => term.text)).toEqual(["microservices", "microsegmentation"]);
    for (const evidence of result.evidence) {
      for (const cue of evidence.cues) expect(text).toContain(cue);
    }
  });
});
