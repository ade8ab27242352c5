import { type FoldedText, foldText } from "../../src/matcher/fold-text";

const FOLDS: readonly { name: string; input: string; folded: string }[] = [
  { name: "lowercases", input: "MicroServices ROCK", folded: "microservices rock" },
  { name: "fullwidth letters", input: "ｍｉｃｒｏｓｅｒｖｉｃｅｓ", folded: "microservices" },
  { name: "math-bold letters", input: "𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐠𝐦𝐞𝐧𝐭𝐚𝐭𝐢𝐨𝐧", folded: "microsegmentation" },
  { name: "math sans-serif bold letters", input: "𝗺𝗶𝗰𝗿𝗼𝘀𝗲𝗿𝘃𝗶𝗰𝗲𝘀", folded: "microservices" },
  { name: "Cyrillic look-alikes inside a term", input: "miсrosеrviсеs", folded: "microservices" },
  { name: "Cyrillic capitals inside a term", input: "MІСROSЕGMЕNTАTІОN", folded: "microsegmentation" },
  { name: "a Greek omicron inside a term", input: "micrοservices", folded: "microservices" },
  { name: "a zero-width space inside a term", input: "micro\u200bser\u200bvices", folded: "microservices" },
  { name: "joiners and a BOM inside a term", input: "m\u200di\u200cc\u2060r\ufeffoseg", folded: "microseg" },
  {
    name: "a soft hyphen inside a term",
    input: "micro\u00adsegmen\u00adtation",
    folded: "microsegmentation",
  },
  { name: "accents", input: "micróservices café", folded: "microservices cafe" },
  { name: "the micro sign", input: "µservices", folded: "microservices" },
  { name: "Greek mu", input: "μsegmentation", folded: "microsegmentation" },
  { name: "a hyphen after micro", input: "micro-services", folded: "microservices" },
  { name: "a space after micro", input: "micro services", folded: "microservices" },
  { name: "an underscore after micro", input: "micro_services", folded: "microservices" },
  { name: "a dot after micro", input: "Micro.Segmentation", folded: "microsegmentation" },
  { name: "a micro-sign with a hyphen", input: "µ-segmentation", folded: "microsegmentation" },
  { name: "micro-frontends, joined harmlessly", input: "micro-frontends", folded: "microfrontends" },
  { name: "the micro service", input: "the micro service", folded: "the microservice" },
  { name: "micro at the end, nothing to join", input: "go micro", folded: "go micro" },
  { name: "micro before a digit", input: "micro 2 services", folded: "micro 2 services" },
  { name: "only a standalone micro", input: "acmemicro-services", folded: "acmemicro-services" },
  { name: "macro is not micro", input: "macro-services", folded: "macro-services" },
  { name: "runs of spaces and tabs", input: "  a   b\t\tc  ", folded: "a b c" },
  { name: "blank lines", input: "a \n\n  b\r\nc", folded: "a\nb\nc" },
  {
    name: "HTML entities",
    input: "a &amp; b &lt;c&gt; &quot;d&quot; it&#39;s",
    folded: 'a & b <c> "d" it\'s',
  },
  { name: "emoji kept, their joiners dropped", input: "ship it 🚀 now 👩‍💻", folded: "ship it 🚀 now 👩💻" },
  { name: "typographic quotes and dashes", input: "“it’s” – ok", folded: '"it\'s" - ok' },
  // The join must read what a character folds to, not the raw character.
  { name: "a no-break space after micro", input: "micro\u00a0services", folded: "microservices" },
  { name: "an &nbsp; (Teams) after micro", input: "micro&nbsp;services", folded: "microservices" },
  {
    name: "a non-breaking hyphen after micro",
    input: "micro\u2011segmentation",
    folded: "microsegmentation",
  },
  {
    name: "zero-width characters around the hyphen",
    input: "micro\u200b-\u200bservices",
    folded: "microservices",
  },
  { name: "a styled word after micro", input: "𝐦𝐢𝐜𝐫𝐨 𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬", folded: "microservices" },
];

/** Width in UTF-16 units of the character starting at `index`. */
function widthAt(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** The original text behind folded[from, to), found through the origin map. */
function originalOf(original: string, folded: FoldedText, from: number, to: number): string {
  const first = folded.origin[from];
  const last = folded.origin[to - 1];
  if (first === undefined || last === undefined) throw new Error(`no origin for [${from}, ${to})`);
  return original.slice(first, last + widthAt(original, last));
}

describe("foldText", () => {
  it.each(FOLDS)("folds $name", ({ input, folded }) => {
    expect(foldText(input).text).toBe(folded);
  });

  it.each(FOLDS)("keeps one ordered origin per folded UTF-16 unit: $name", ({ input }) => {
    const folded = foldText(input);
    expect(folded.origin).toHaveLength(folded.text.length);
    folded.origin.forEach((index, i) => {
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(input.length);
      if (i > 0) expect(index).toBeGreaterThanOrEqual(folded.origin[i - 1] ?? 0);
    });
  });

  it.each([
    { input: "Hi ｍｉｃｒｏ\u200bSERVICES now", word: "microservices", written: "ｍｉｃｒｏ\u200bSERVICES" },
    { input: "so 𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬 and µseg", word: "microservices", written: "𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬" },
    { input: "so 𝐦𝐢𝐜𝐫𝐨𝐬𝐞𝐫𝐯𝐢𝐜𝐞𝐬 and µseg", word: "microseg", written: "µseg" },
    { input: "a &amp; b micro_services", word: "microservices", written: "micro_services" },
    { input: "🎉 Micro-Services rock", word: "microservices", written: "Micro-Services" },
    { input: "👩‍👩‍👧 ok: MICRO SEGMENTATION", word: "microsegmentation", written: "MICRO SEGMENTATION" },
    { input: "mісrоsеrvісеs", word: "microservices", written: "mісrоsеrvісеs" },
  ])("maps $word back to what the author wrote in $input", ({ input, word, written }) => {
    const folded = foldText(input);
    const at = folded.text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(originalOf(input, folded, at, at + word.length)).toBe(written);
  });

  it("maps every ASCII letter to the same letter in the original", () => {
    const input = "Deploy  the Micro-Services\n\nto PROD &amp; tell <@U1>";
    const folded = foldText(input);
    [...folded.text].forEach((char, i) => {
      if (!/[a-z]/.test(char)) return;
      expect(input[folded.origin[i] ?? -1]?.toLowerCase()).toBe(char);
    });
  });

  it("returns nothing for text that is only invisible or blank", () => {
    expect(foldText("\u200b\u200d \n\t\ufeff")).toEqual({ text: "", origin: [] });
    expect(foldText("")).toEqual({ text: "", origin: [] });
  });
});
