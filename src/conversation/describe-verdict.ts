import type { Evidence, MatchResult, Term } from "../matcher/types";

/** One sentence for what the matcher concluded; `kind` is a conflation kind or, otherwise, the intent. */
export function describeVerdict(kind: string, misusedTerm: string | undefined, topic?: string): string {
  switch (kind) {
    case "equivalence":
      return "a mix-up: the two terms are treated as the same thing";
    case "wrong_sense":
      return misusedTerm === "microservices" || misusedTerm === "microsegmentation"
        ? `a mix-up: *${misusedTerm}* is used where *${otherTerm(misusedTerm)}* seems meant`
        : "a mix-up: one term is used in the sense of the other";
    case "implication":
      return "a mix-up: one term is said to require or imply the other";
    case "conflation":
      return "a mix-up of the two terms";
    case "question":
      if (topic === "definition") return "a question about what one of the terms means";
      if (topic === "difference") return "a question about how the two terms differ";
      return "a question about the terms";
    case "mention":
      return "the terms are mentioned, and used correctly as far as I can tell";
    default:
      return "nothing to clarify";
  }
}

/** Bullets naming each rule, its note and the words that triggered it. */
export function evidenceBullets(evidence: readonly Pick<Evidence, "rule" | "cues" | "note">[]): string[] {
  return evidence.map((item) => {
    const cues = item.cues.length === 0 ? "" : ` (cues: ${item.cues.map((cue) => `"${cue}"`).join(", ")})`;
    const note = item.note === "" ? "" : `: ${item.note}`;
    return `• \`${item.rule}\`${note}${cues}`;
  });
}

/** The intent or conflation kind a verdict is described by. */
export function verdictKind(result: MatchResult): string {
  return result.intent === "conflation" && result.kind !== undefined ? result.kind : result.intent;
}

export function otherTerm(term: Term): Term {
  return term === "microservices" ? "microsegmentation" : "microservices";
}
