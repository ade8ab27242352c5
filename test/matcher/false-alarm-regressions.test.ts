import { join } from "node:path";
import { createMatcher } from "../../src/matcher/create-matcher";
import { readCorpus } from "../../src/matcher/score-corpus";

// Every false alarm that was ever fixed stays fixed. Corpus entries are named by id; the others are
// written out. Add to these lists whenever a false alarm is mended.
const FIXED_CORPUS_IDS = [
  "f-0134",
  "f-0157",
  "f-0164",
  "f-0165",
  "f-0169",
  "f-0170",
  "f-0174",
  "f-0176",
  "f-0181",
  "f-0186",
  "f-0191",
  "f-0192",
  "f-0199",
  "f-0200",
  "f-0201",
  "f-0210",
  "f-0219",
  "f-0220",
  "f-0265",
  "f-0266",
  "f-0272",
  "f-0278",
  "f-0279",
  "f-0280",
  "f-0282",
  "f-0285",
  "f-0287",
  "f-0288",
  "f-0289",
  "f-0290",
  "f-0308",
  "f-0324",
  "f-0325",
  "f-0326",
  "f-0327",
  "f-0328",
  "f-0329",
  "f-0335",
  "f-0336",
  "f-0337",
  "f-0338",
  "f-0339",
  "f-0341",
  "f-0342",
  "f-0343",
  "f-0349",
  "f-0350",
  "f-0351",
  "d-0204",
  "d-0205",
  "d-0247",
  "d-0258",
  "d-0259",
  "d-0260",
  "d-0273",
  "d-0274",
  "d-0281",
  "d-0288",
  "d-0291",
  "d-0299",
  "d-0315",
  "d-0317",
  "d-0325",
  "e-0239",
  "e-0253",
  "e-0301",
  "e-0305",
  "e-0307",
  "e-0312",
  "e-0317",
  "e-0330",
  "e-0331",
  "e-0344",
  "e-0355",
  "e-0455",
  "p-0128",
  "p-0180",
  "p-0185",
  "p-0194",
  "p-0196",
  "p-0197",
  "p-0203",
  "p-0223",
  "p-0246",
];

const FIXED_MESSAGES = [
  "just to be clear: microservices ≠ microsegmentation",
  "microservices =/= microsegmentation, please stop",
  "east-west traffic between microservices should be encrypted with mtls",
  "every connection between your microservices in that namespace needs an explicit allow rule",
  "the same team owns microsegmentation for our microservices",
  "we have 200 microservices and, until last month, zero east-west policy",
  "growth team wants hyper-targeted micro-segments for the win-back campaign",
  "sure, let's put microservices on the firewall, right after we deploy the VLANs to npm /s",
  "microsegmentation and microservices are not the same thing",
  "now that we're on microservices, microsegmentation is easier",
];

const matcher = createMatcher();
const corpusDir = join(__dirname, "..", "..", "intents", "corpus");
const byId = new Map(
  ["dev.jsonl", "dev2.jsonl", "dev3.jsonl", "prose.jsonl"].flatMap((file) =>
    readCorpus(join(corpusDir, file)).map((entry) => [entry.id, entry.text] as const),
  ),
);

describe("false alarms that were fixed", () => {
  it.each(FIXED_CORPUS_IDS)("%s is not flagged", (id) => {
    const text = byId.get(id);
    expect(text).toBeDefined();
    expect(matcher.classify(text ?? "").intent).not.toBe("conflation");
  });

  it.each(FIXED_MESSAGES)("%j is not flagged", (text) => {
    expect(matcher.classify(text).intent).not.toBe("conflation");
  });
});
