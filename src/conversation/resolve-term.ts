import type { Matcher, Term } from "../matcher/types";

/**
 * Which term `explain <words>` asks about: the common spellings directly, else whatever single term
 * the matcher recognises (it knows the typos). Undefined when it is neither or both.
 */
export function resolveTerm(words: string, matcher: Matcher): Term | undefined {
  const squashed = words.toLowerCase().replace(/[^a-zµμ]/g, "");
  if (squashed === "") return undefined;
  if (/^(micro|µ|μ)serv/.test(squashed)) return "microservices";
  if (/^(micro|µ|μ)seg/.test(squashed)) return "microsegmentation";
  const found = new Set(matcher.classify(words).terms.map((occurrence) => occurrence.term));
  const [only] = found;
  return found.size === 1 ? only : undefined;
}
