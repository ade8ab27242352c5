import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { KnowledgeInvalidError } from "../errors";
import { describeSchemaIssue, type KnowledgeProblem } from "./describe-schema-issue";

/**
 * Reads one knowledge file under intents/ and checks it against its schema. Every problem is
 * collected (unreadable file, YAML syntax by line and column, each schema issue by entry) so an
 * author can fix the file in one pass; the caller adds its own checks to the same list.
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
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => {
        const position = error.linePos?.[0];
        const firstLine = error.message.split("\n")[0] ?? error.message;
        return {
          entry: position === undefined ? "the YAML" : `line ${position.line}, column ${position.col}`,
          fix: `${firstLine}; fix the YAML syntax there`,
        };
      }),
    };
  }
  const raw: unknown = document.toJS();
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((issue) => describeSchemaIssue(issue, raw)) };
  return { data: parsed.data, problems: [] };
}

/** Throws the problems of one file as a KnowledgeInvalidError, each prefixed with the file's name. */
export function failWith(fileName: string, problems: readonly KnowledgeProblem[]): never {
  throw new KnowledgeInvalidError(problems.map((problem) => `${fileName}: ${problem.entry}: ${problem.fix}`));
}
