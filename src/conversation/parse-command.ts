import { assertNever } from "../errors";
import type { DeliveryMode } from "./types";

/** What a command's words mean; "unknown" keeps the first word so help can name it. */
export type Command =
  | { readonly name: "help" }
  | { readonly name: "explain"; readonly topic: string }
  | { readonly name: "compare" }
  | { readonly name: "check"; readonly text: string }
  | { readonly name: "quiz" }
  | { readonly name: "cancel" }
  | { readonly name: "mute"; readonly duration: string }
  | { readonly name: "unmute" }
  | { readonly name: "optout" }
  | { readonly name: "optin" }
  | { readonly name: "mode"; readonly mode: DeliveryMode | undefined; readonly raw: string }
  | { readonly name: "stats" }
  | { readonly name: "home" }
  | { readonly name: "unknown"; readonly word: string };

type CommandName = Exclude<Command["name"], "unknown">;

const ALIASES: Readonly<Record<string, CommandName>> = {
  help: "help",
  "?": "help",
  explain: "explain",
  define: "explain",
  compare: "compare",
  difference: "compare",
  check: "check",
  quiz: "quiz",
  questionnaire: "quiz",
  cancel: "cancel",
  stop: "cancel",
  mute: "mute",
  unmute: "unmute",
  optout: "optout",
  "opt-out": "optout",
  optin: "optin",
  "opt-in": "optin",
  mode: "mode",
  stats: "stats",
  home: "home",
};

const MODES: readonly DeliveryMode[] = ["ephemeral", "thread", "dm"];

/**
 * Reads command words, the same on every platform. Empty text means help. Returns "unknown" rather
 * than throwing: whether an unknown word is a mistake (slash command) or just a sentence (mention,
 * DM) is for the caller to decide.
 */
export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  if (trimmed === "") return { name: "help" };
  const [first = "", ...restWords] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  // The original spacing of the rest matters for `check`, whose text goes to the matcher as written.
  const rest = trimmed.slice(first.length).trim();
  const name = ALIASES[word] ?? (word === "opt" ? optWord(restWords[0]) : undefined);
  switch (name) {
    case undefined:
      return { name: "unknown", word: first };
    case "explain":
      return { name, topic: rest };
    case "check":
      return { name, text: rest };
    case "mute":
      return { name, duration: rest };
    case "mode": {
      const raw = rest.toLowerCase();
      return { name, mode: MODES.find((mode) => mode === raw), raw };
    }
    case "help":
    case "compare":
    case "quiz":
    case "cancel":
    case "unmute":
    case "optout":
    case "optin":
    case "stats":
    case "home":
      return { name };
    default:
      return assertNever(name);
  }
}

function optWord(next: string | undefined): CommandName | undefined {
  const word = next?.toLowerCase();
  if (word === "out") return "optout";
  if (word === "in") return "optin";
  return undefined;
}
