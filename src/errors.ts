/**
 * Every error microsense raises on purpose carries a stable code, so callers and tests branch on the
 * code and never on message text. Messages are written for the person who has to act on them.
 */
export type ErrorCode =
  | "KNOWLEDGE_INVALID"
  | "CONFIG_INVALID"
  | "STATE_CONFLICT"
  | "STATE_UNAVAILABLE"
  | "PAYLOAD_INVALID"
  | "PLATFORM_API_FAILED";

export class MicrosenseError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One or more files under intents/ are malformed; `problems` lists each with file, entry and fix. */
export class KnowledgeInvalidError extends MicrosenseError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      "KNOWLEDGE_INVALID",
      `The knowledge in intents/ has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`,
    );
    this.problems = problems;
  }
}

/** The environment does not describe a runnable bot; `problems` lists every setting to fix. */
export class ConfigInvalidError extends MicrosenseError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      "CONFIG_INVALID",
      `The configuration has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`,
    );
    this.problems = problems;
  }
}

/** A versioned write lost a race: somebody else wrote the key since it was read. Re-read and retry. */
export class StateConflictError extends MicrosenseError {
  readonly key: string;

  constructor(key: string) {
    super("STATE_CONFLICT", `The state under "${key}" changed since it was read; read it again and retry.`);
    this.key = key;
  }
}

/** The state backend (Redis) cannot be reached or answered with an error. */
export class StateUnavailableError extends MicrosenseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STATE_UNAVAILABLE", message, options);
  }
}

/** A platform sent something the adapter cannot understand. */
export class PayloadInvalidError extends MicrosenseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("PAYLOAD_INVALID", message, options);
  }
}

/** A call to the Slack Web API or the Bot Framework connector failed for good, after its retries. */
export class PlatformApiError extends MicrosenseError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("PLATFORM_API_FAILED", message, options);
  }
}

export function isMicrosenseError(error: unknown, code?: ErrorCode): error is MicrosenseError {
  return error instanceof MicrosenseError && (code === undefined || error.code === code);
}

/** For exhaustive switches: the compiler proves this is unreachable. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
