import { MAX_SENTENCE_LENGTH, type SentenceSpan, splitSentences } from "../../src/matcher/split-sentences";

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end).trim());
}

/** Spans come in order, do not overlap and leave out nothing but whitespace. */
function expectTiling(text: string, spans: readonly SentenceSpan[]): void {
  let cursor = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(cursor);
    expect(text.slice(cursor, span.start).trim()).toBe("");
    expect(span.end).toBeGreaterThan(span.start);
    cursor = span.end;
  }
  expect(text.slice(cursor).trim()).toBe("");
}

describe("splitSentences", () => {
  it.each([
    [
      "two plain sentences",
      "microservices scale. segmentation isolates.",
      ["microservices scale.", "segmentation isolates."],
    ],
    [
      "e.g., i.e. and vs. are not sentence ends",
      "we use e.g. kafka. i.e. this vs. that is fine. done",
      ["we use e.g. kafka.", "i.e. this vs. that is fine.", "done"],
    ],
    ["etc. and aka", "pods, nodes etc. aka the usual", ["pods, nodes etc. aka the usual"]],
    ["? and ! are kept", "is it the same? no! ok.", ["is it the same?", "no!", "ok."]],
    ["runs of ?! stay together", "what?! really?? yes.", ["what?!", "really??", "yes."]],
    ["a quote after the stop stays with it", 'he said "fine." then left', ['he said "fine."', "then left"]],
    ["a newline splits", "line one\nline two", ["line one", "line two"]],
    ["a semicolon splits", "a is b; b is c", ["a is b;", "b is c"]],
    ["a dot inside a number does not", "v1.2 is out. ok", ["v1.2 is out.", "ok"]],
    ["a dot inside a word does not", "see example.com now", ["see example.com now"]],
    ["a question at the end without space", "microseg?", ["microseg?"]],
    ["blank lines add nothing", "a\n\n\nb", ["a", "b"]],
    [
      "numbered items after a comma split",
      "plan: (1) segment dc1, (2) retire two services, 3) docs",
      ["plan: (1) segment dc1,", "(2) retire two services,", "3) docs"],
    ],
    [
      "numbered items without commas do not",
      "agenda: 1) boundaries 2) contracts",
      ["agenda: 1) boundaries 2) contracts"],
    ],
    ["a year or a version in brackets does not", "in (2019) the v2) build", ["in (2019) the v2) build"]],
  ])("splits %s", (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expectTiling(text, splitSentences(text));
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n ")).toEqual([]);
  });

  it("cuts a 5,000-character run without breaks into pieces of at most 600", () => {
    const text = "a".repeat(5_000);
    const spans = splitSentences(text);
    expect(MAX_SENTENCE_LENGTH).toBeLessThanOrEqual(600);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(spans.map((span) => text.slice(span.start, span.end)).join("")).toBe(text);
  });

  it("cuts a 5,000-character run of words at spaces, never inside a word", () => {
    const text = "microservices are neat ".repeat(220).trim();
    expect(text.length).toBeGreaterThan(5_000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_LENGTH));
    expectTiling(text, spans);
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text[span.start - 1] ?? " ").toBe(" ");
      expect(text[span.end] ?? " ").toBe(" ");
    }
  });
});
