import type { ConfigInvalidError } from "../errors";

/** The start-up message for a bad configuration: every problem on its own line, no stack trace. */
export function formatConfigProblems(error: ConfigInvalidError): string {
  const count = error.problems.length;
  return [
    `microsense cannot start: the configuration has ${count} problem${count === 1 ? "" : "s"}.`,
    ...error.problems.map((problem) => `  - ${problem}`),
    "Fix them in .env or in the environment (.env.example explains every setting), then start again.",
  ].join("\n");
}
