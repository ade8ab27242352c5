import type { MatchResult } from "../matcher/types";
import { notifyObserver, type Turn } from "./turn-context";

/** Classifies a text and tells the observer; the text itself is logged at debug level only. */
export function classifyText(turn: Turn, text: string): MatchResult {
  const result = turn.matcher.classify(text);
  notifyObserver(turn, (observer) => observer.onClassified?.(result));
  turn.log.debug(
    { text, intent: result.intent, kind: result.kind, topic: result.topic },
    "classified a text",
  );
  return result;
}
