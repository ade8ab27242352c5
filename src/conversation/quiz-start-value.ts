import { z } from "zod";

/** Carried by every "take the quiz" button: where it was pressed and which channel it came from. */
export interface QuizStartValue {
  /** The button sits in the direct conversation, so no "sent you a DM" note is needed. */
  readonly inDm: boolean;
  /** The channel the quiz was offered in, for sharing the result there. */
  readonly origin?: string;
}

const schema = z.object({ dm: z.boolean(), o: z.string().optional() });

export function encodeQuizStartValue(value: QuizStartValue): string {
  return JSON.stringify(
    value.origin === undefined ? { dm: value.inDm } : { dm: value.inDm, o: value.origin },
  );
}

/** Anything unreadable counts as pressed in a channel with no known origin. */
export function decodeQuizStartValue(text: string): QuizStartValue {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) {
      return parsed.data.o === undefined
        ? { inDm: parsed.data.dm }
        : { inDm: parsed.data.dm, origin: parsed.data.o };
    }
  } catch {
    // fall through
  }
  return { inDm: false };
}
