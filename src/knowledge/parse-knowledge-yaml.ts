import { readFileSync } from "node:fs";
import { load, YAMLException } from "js-yaml";
import type { z } from "zod";
import { KnowledgeInvalidError } from "../errors";
import { describeSchemaIssue, type KnowledgeProblem } from "./describe-schema-issue";

/**
 * Reads one knowledge file under intents/ and checks it against its schema. Every problem is
 * collected (unreadable file, the first YAML syntax error by line and column, each schema issue by
 * entry) so an author can fix the file in few passes; the caller adds its own checks to the same list.
 * js-yaml rather than the yaml package: it parses the knowledge files about three times faster,
 * which is most of the matcher's start-up.
 */
export function parseKnowledgeYaml<T>(
  path: string,
  schema: z.ZodType<T>,
): { readonly data?: T; readonly problems: KnowledgeProblem[] } {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return {
      problems: [{ entry: "the file", fix: `cannot be read (${code}); check the path or restore the file` }],
    };
  }
  return parseKnowledgeSource(source, schema);
}

/** The same checks on YAML text that is already in memory. */
export function parseKnowledgeSource<T>(
  source: string,
  schema: z.ZodType<T>,
): { readonly data?: T; readonly problems: KnowledgeProblem[] } {
  let raw: unknown;
  try {
    raw = load(source);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml counts lines and columns from 0; editors count from 1.
    const { mark, reason } = error;
    return {
      problems: [
        {
          entry: mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : "the YAML",
          fix: `${reason}; fix the YAML syntax there`,
        },
      ],
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((issue) => describeSchemaIssue(issue, raw)) };
  return { data: parsed.data, problems: [] };
}

/** Throws the problems of one file as a KnowledgeInvalidError, each prefixed with the file's name. */
export function failWith(fileName: string, problems: readonly KnowledgeProblem[]): never {
  throw new KnowledgeInvalidError(problems.map((problem) => `${fileName}: ${problem.entry}: ${problem.fix}`));
}
