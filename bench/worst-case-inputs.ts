import { createSeededRandom } from "../src/seeded-random";

/** Slack's limit for one message, in characters. */
export const SLACK_MAX_LENGTH = 40_000;

export interface WorstCase {
  readonly name: string;
  /** The input at `length` characters; another seed gives other random content (fresh to any cache). */
  build(length: number, seed: number): string;
}

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];

// Everything the masking pass looks at, stacked and left unbalanced, with terms inside so the
// prefilter lets it through to the expensive stages.
const MARKUP_UNIT = [
  "<<<<<<<<",
  " ``` ```` `` ` *micro*_~services_~ ",
  "\n> > > <<<< quoted microseg\n&gt; &gt; &gt;",
  "\n*_~*_~*_~*_~_*~ :::::::: :microservices: :a:b:c: ",
  "<@<@<#<!<https://<https://x.y|<mailto:|| ",
  "<at><at></at> <b><i><div class='x'> `micro",
  "\n```\nmicrosegmentation\n",
].join("");

/** Repeats `unit` (a string, or a function for varied pieces) until `length`, then cuts there. */
function fill(length: number, unit: string | (() => string)): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = typeof unit === "string" ? unit : unit();
    parts.push(piece);
    size += piece.length;
  }
  return parts.join("").slice(0, length);
}

/** The adversarial inputs; `prose` supplies realistic paragraphs that mention the terms. */
export function worstCaseInputs(prose: readonly string[]): WorstCase[] {
  return [
    {
      name: "realistic prose, many mentions",
      build: (length, seed) => {
        const random = createSeededRandom(seed);
        return fill(length, () => `${random.pick(prose)}\n\n`);
      },
    },
    { name: '"micro-micro-micro-..."', build: (length) => fill(length, "micro-") },
    { name: "spaces only", build: (length) => " ".repeat(length) },
    {
      name: "spaces around two terms",
      build: (length) => `microservices${" ".repeat(Math.max(0, length - 30))}microsegmentation`,
    },
    { name: "nested markup", build: (length) => fill(length, MARKUP_UNIT) },
    {
      name: "zero-width chars interleaved",
      build: (length, seed) => {
        const random = createSeededRandom(seed);
        const chars = [..."microservices is micro-segmentation "];
        let index = 0;
        return fill(length, () => `${chars[index++ % chars.length]}${random.pick(ZERO_WIDTH)}`);
      },
    },
    {
      name: "distinct near-typos (fuzzy misses)",
      build: (length, seed) => {
        const random = createSeededRandom(seed);
        const letter = (): string => String.fromCharCode(97 + random.int(0, 25));
        return fill(length, () => `micro${letter()}${letter()}rv${letter()}ces${letter()} `);
      },
    },
    { name: '"microservices is " repeated', build: (length) => fill(length, "microservices is ") },
  ];
}

/** The brief's largest case: 20,000 repetitions, far beyond what Slack accepts in one message. */
export const REPEATED_TERM_MESSAGE = "microservices is ".repeat(20_000);
