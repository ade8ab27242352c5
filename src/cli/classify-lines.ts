import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Matcher } from "../matcher/types";

const MAX_LINE_LENGTH = 1_000_000;

/**
 * `microsense classify`: JSON Lines in, one verdict per line out, in order. A line that is not a
 * JSON object is taken as the message text itself, with its line number as id; a line that cannot be
 * classified gets an `{id, error}` line. Nothing here throws on bad input.
 */
export async function classifyLines(matcher: Matcher, input: Readable, output: Writable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    output.write(`${JSON.stringify(classifyLine(matcher, line, lineNumber))}\n`);
  }
}

type LineVerdict = Record<string, unknown>;

function classifyLine(matcher: Matcher, line: string, lineNumber: number): LineVerdict {
  const { id, text, problem } = readLine(line, lineNumber);
  if (problem !== undefined) return { id, error: problem };
  try {
    const result = matcher.classify(text);
    return {
      id,
      intent: result.intent,
      ...(result.kind ? { kind: result.kind } : {}),
      ...(result.topic ? { topic: result.topic } : {}),
      confidence: result.confidence,
      terms: result.terms,
      evidence: result.evidence,
    };
  } catch (error) {
    return {
      id,
      error: `could not classify this line: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function readLine(line: string, lineNumber: number): { id: unknown; text: string; problem?: string } {
  if (line.length > MAX_LINE_LENGTH) {
    return { id: lineNumber, text: "", problem: `the line is longer than ${MAX_LINE_LENGTH} characters` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: lineNumber, text: line };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { id: lineNumber, text: line };
  const record = parsed as Record<string, unknown>;
  const id = record.id ?? lineNumber;
  if (typeof record.text !== "string") {
    return {
      id,
      text: "",
      problem: 'expected an object with a string "text" field, like {"id": 1, "text": "..."}',
    };
  }
  return { id, text: record.text };
}
