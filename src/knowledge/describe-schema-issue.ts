import type { z } from "zod";
import { describeEntry } from "./describe-entry";

/** One thing wrong in a knowledge file: where (the entry) and what to do about it (the fix). */
export interface KnowledgeProblem {
  readonly entry: string;
  readonly fix: string;
}

/**
 * Turns a zod issue into a problem an author can act on. The entry is the object holding the bad
 * field, so "questions[2].options[1]: label is missing; add a label" reads naturally. Messages set in
 * the schema are already fixes; the generic cases (missing, wrong type, unknown key) are worded here.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, root: unknown): KnowledgeProblem {
  const last = issue.path[issue.path.length - 1];
  const fieldLevel = issue.code !== "unrecognized_keys" && typeof last === "string";
  const owner = fieldLevel ? issue.path.slice(0, -1) : issue.path;
  const entry = describeEntry(owner, root);
  const field = fieldLevel ? String(last) : undefined;

  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `"${key}"`).join(", ");
    return { entry, fix: `unknown key ${keys}; check its spelling or remove it` };
  }
  const value = valueAt(root, issue.path);
  if (value === undefined || value === null) {
    const name = field ?? "entry";
    return { entry, fix: `${name} is missing; add ${article(name)} ${name}` };
  }
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
    const name = field ?? "this entry";
    return {
      entry,
      fix: `${name} should be ${article(issue.expected)} ${issue.expected}, not ${kindOf(value)}`,
    };
  }
  const named = field === undefined || issue.message.includes(field);
  return { entry, fix: named ? issue.message : `${field}: ${issue.message}` };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} ${typeof value} (${JSON.stringify(value)})`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
