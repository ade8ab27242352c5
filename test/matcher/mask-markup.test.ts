import { maskMarkup } from "../../src/matcher/mask-markup";

/** `text` with the first occurrence of each part blanked, line breaks kept: what masking should give. */
function blankOut(text: string, ...parts: readonly string[]): string {
  let out = text;
  for (const part of parts) {
    const at = out.indexOf(part);
    if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
    out = out.slice(0, at) + part.replace(/[^\n]/g, " ") + out.slice(at + part.length);
  }
  return out;
}

const CASES: readonly { name: string; input: string; expected: string }[] = [
  {
    name: "a fenced code block over several lines",
    input: "see ```microservices is\nmicrosegmentation``` ok",
    expected: blankOut(
      "see ```microservices is\nmicrosegmentation``` ok",
      "```microservices is\nmicrosegmentation```",
    ),
  },
  {
    name: "an unclosed fence, up to the end",
    input: "paste: ```const x = microservices",
    expected: blankOut("paste: ```const x = microservices", "```const x = microservices"),
  },
  {
    name: "inline code",
    input: "run `kubectl apply -f microseg.yaml` now",
    expected: blankOut("run `kubectl apply -f microseg.yaml` now", "`kubectl apply -f microseg.yaml`"),
  },
  {
    name: "only the ticks around a backticked word, which is emphasis",
    input: "we moved to `microservices` last year",
    expected: blankOut("we moved to `microservices` last year", "`", "`"),
  },
  {
    name: "only the ticks around backticked prose, which the author wrote as a sentence",
    input: "for the glossary: `Microsegmentation = Microservices`",
    expected: blankOut("for the glossary: `Microsegmentation = Microservices`", "`", "`"),
  },
  {
    name: "a backticked path or command with flags, which is code",
    input: "see `src/microservices/segmentation` and `kubectl apply -f svc`",
    expected: blankOut(
      "see `src/microservices/segmentation` and `kubectl apply -f svc`",
      "`src/microservices/segmentation`",
      "`kubectl apply -f svc`",
    ),
  },
  {
    name: "a backticked snake_case or dotted name, which is code",
    input: "set `microseg_mode = enforce` in `svc.microservices.local`",
    expected: blankOut(
      "set `microseg_mode = enforce` in `svc.microservices.local`",
      "`microseg_mode = enforce`",
      "`svc.microservices.local`",
    ),
  },
  {
    name: "a > quote line, not the next line",
    input: "> microservices is microseg\nno it is not",
    expected: blankOut("> microservices is microseg\nno it is not", "> microservices is microseg"),
  },
  {
    name: "an escaped &gt; quote line",
    input: "&gt; microservices = microseg\nwhat?",
    expected: blankOut("&gt; microservices = microseg\nwhat?", "&gt; microservices = microseg"),
  },
  {
    name: "an indented quote line",
    input: "first\n  > quoted microservices\nlast",
    expected: blankOut("first\n  > quoted microservices\nlast", "> quoted microservices"),
  },
  {
    name: "a > inside a sentence",
    input: "p99 > 200ms since microservices",
    expected: "p99 > 200ms since microservices",
  },
  { name: "a user mention", input: "hi <@U123> there", expected: blankOut("hi <@U123> there", "<@U123>") },
  {
    name: "a user mention with a name",
    input: "ask <@U024BE7LH|dana> about it",
    expected: blankOut("ask <@U024BE7LH|dana> about it", "<@U024BE7LH|dana>"),
  },
  {
    name: "a channel link, name included",
    input: "join <#C1|general> now",
    expected: blankOut("join <#C1|general> now", "<#C1|general>"),
  },
  { name: "a broadcast", input: "<!here> deploy at 5", expected: blankOut("<!here> deploy at 5", "<!here>") },
  {
    name: "a labelled link keeps its label",
    input: "<https://x.y|label text> yes",
    expected: blankOut("<https://x.y|label text> yes", "<https://x.y|", ">"),
  },
  {
    name: "a labelled link whose label names a term",
    input: "read <https://example.com/deck|Microservices 101> first",
    expected: blankOut(
      "read <https://example.com/deck|Microservices 101> first",
      "<https://example.com/deck|",
      ">",
    ),
  },
  {
    name: "a link without a label",
    input: "docs at <https://wiki.example.com/microservices> ok",
    expected: blankOut(
      "docs at <https://wiki.example.com/microservices> ok",
      "<https://wiki.example.com/microservices>",
    ),
  },
  {
    name: "a bare URL",
    input: "go to https://example.com/microseg?a=b now",
    expected: blankOut("go to https://example.com/microseg?a=b now", "https://example.com/microseg?a=b"),
  },
  {
    name: "emoji codes",
    input: ":tada: done :+1: :microservices:",
    expected: blankOut(":tada: done :+1: :microservices:", ":tada:", ":+1:", ":microservices:"),
  },
  { name: "a clock time is not an emoji code", input: "at 10:30:45 today", expected: "at 10:30:45 today" },
  {
    name: "a Teams mention",
    input: "<at>Bot</at> is microseg the same?",
    expected: blankOut("<at>Bot</at> is microseg the same?", "<at>Bot</at>"),
  },
  {
    name: "HTML tags, text between them kept",
    input: '<b>bold</b> <br/> <div class="x">microservices</div>',
    expected: blankOut(
      '<b>bold</b> <br/> <div class="x">microservices</div>',
      "<b>",
      "</b>",
      "<br/>",
      '<div class="x">',
      "</div>",
    ),
  },
  { name: "a comparison is not a tag", input: "if a < b and c > d", expected: "if a < b and c > d" },
  {
    name: "plain prose",
    input: "microservices and microsegmentation",
    expected: "microservices and microsegmentation",
  },
];

describe("maskMarkup", () => {
  it.each(CASES)("blanks $name", ({ input, expected }) => {
    expect(maskMarkup(input)).toBe(expected);
  });

  it.each(CASES)("keeps the length and every untouched character in place: $name", ({ input }) => {
    const masked = maskMarkup(input);
    expect(masked).toHaveLength(input.length);
    for (let i = 0; i < input.length; i++) {
      const kept = masked[i] === input[i];
      expect(kept || (masked[i] === " " && input[i] !== "\n")).toBe(true);
    }
  });

  it("keeps a term after markup at the index it had", () => {
    const input = "<@U1> :eyes: `x` <https://a.b|see> microservices";
    expect(maskMarkup(input).indexOf("microservices")).toBe(input.indexOf("microservices"));
  });

  it("writes an eye-roll emoji code as the emoji, in its place", () => {
    const input = "sure :rolling_eyes: ok";
    expect(maskMarkup(input)).toBe(`sure 🙄${" ".repeat(":rolling_eyes:".length - 2)} ok`);
  });

  it("keeps an eye-roll emoji code inside a quoted line blank", () => {
    const input = "> sure :rolling_eyes:\nok";
    expect(maskMarkup(input)).toBe(blankOut(input, "> sure :rolling_eyes:"));
  });

  it("keeps astral characters' surrogate pairs whole when nothing around them is markup", () => {
    const input = "🎉 microservices 👩‍💻 𝐦𝐢𝐜𝐫𝐨";
    expect(maskMarkup(input)).toBe(input);
  });
});
