import { PassThrough } from "node:stream";
import pino from "pino";
import { runConsole } from "../../adapters/console/run-console";
import { createConversationCore } from "../../src/conversation/create-conversation-core";
import { loadQuestionnaire } from "../../src/questionnaire/load-questionnaire";
import { createMemoryStateStore } from "../../src/state/memory-state-store";
import { realMatcher, SAMPLES } from "../conversation/support/real-matcher";

const questionnaire = loadQuestionnaire();

/** Runs a script through a fresh core and console; resolves with the transcript lines. */
async function transcript(script: readonly string[], interactive = false): Promise<string[]> {
  const core = createConversationCore({
    matcher: realMatcher(),
    store: createMemoryStateStore(),
    questionnaire,
    logger: pino({ level: "silent" }),
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  let id = 0;
  input.end(`${script.join("\n")}\n`);
  await runConsole({
    core,
    input,
    output,
    user: "ada",
    channel: "general",
    interactive,
    nextEventId: () => {
      id += 1;
      return `line-${id}`;
    },
  });
  return text.split("\n").slice(0, -1);
}

describe("runConsole", () => {
  it("plays a conversation: a mix-up, its why-button, a command and a whole quiz over dm:", async () => {
    const answers = questionnaire.questions.map(() => "dm: 1");
    const lines = await transcript([
      SAMPLES.equivalence,
      "!2",
      "/microsense explain microsegmentation",
      "/microsense quiz",
      ...answers,
    ]);

    // The mix-up: echoed, then the clarification with its four numbered buttons.
    expect(lines[0]).toBe(`you> ${SAMPLES.equivalence}`);
    expect(lines[1]).toMatch(/^bot> \[ephemeral\] \S/);
    const buttons = lines.filter((line) => /^bot> {3}\d\) /.test(line));
    expect(buttons.slice(0, 4)).toEqual([
      "bot>   1) Take the quiz",
      "bot>   2) Why did I get this?",
      "bot>   3) Not helpful",
      "bot>   4) Mute here",
    ]);

    // "!2" pressed "Why did I get this?".
    const why = lines.indexOf("you> !2");
    expect(lines[why + 1]).toMatch(
      /^bot> \[ephemeral\] I read the message as a mix-up: the two terms are treated as the same thing/,
    );

    const explain = lines.indexOf("you> /microsense explain microsegmentation");
    expect(lines[explain + 1]).toBe(
      "bot> [ephemeral] *Microsegmentation* is a way to secure a network with many small policies instead of one big perimeter.",
    );

    const quiz = lines.indexOf("you> /microsense quiz");
    expect(lines[quiz + 1]).toBe(
      "bot> [ephemeral] I sent you a DM with the first question. It takes about a minute.",
    );
    expect(lines[quiz + 2]).toMatch(/^bot> \[dm\] /);

    // Every typed answer is acknowledged in the DM, then the next question or the result follows.
    const total = questionnaire.questions.length;
    for (let index = 1; index <= total; index += 1) {
      expect(lines.some((line) => line.endsWith(`*Question ${index} of ${total}*`))).toBe(true);
    }
    expect(lines.filter((line) => line.startsWith("bot> [dm] Your answer: *"))).toHaveLength(total);
    expect(lines.some((line) => line.startsWith("bot> [dm] *Your result: "))).toBe(true);
    expect(lines.slice(-2)).toEqual(["bot>   1) Share my result in the channel", "bot>   2) Take it again"]);
  });

  it("presses quiz buttons with !n, mutes with a command, and says when a button number does not exist", async () => {
    const lines = await transcript([
      "/microsense quiz",
      "!2",
      "!9",
      "/microsense mute 2h",
      SAMPLES.equivalence,
      "dm: cancel",
    ]);
    const press = lines.indexOf("you> !2");
    expect(lines[press + 1]).toMatch(/^bot> \[update\] \*Question 1 of \d+\*$/);
    expect(lines[press + 2]).toBe(`bot> ${questionnaire.questions[0]?.text}`);
    expect(lines[press + 4]).toBe(`bot> Your answer: *${questionnaire.questions[0]?.options[1]?.label}*`);
    expect(lines[press + 5]).toMatch(/^bot> \[dm\] \*Question 2 of \d+\*$/);
    expect(lines).toContain(
      "console> there is no button 9; the latest replies have " +
        `${questionnaire.questions[1]?.options.length}.`,
    );
    const muted = lines.indexOf(`you> ${SAMPLES.equivalence}`);
    expect(lines[muted + 1]).toBe("you> dm: cancel");
    expect(lines[muted + 2]).toBe(`bot> [dm] ${questionnaire.texts.cancelled}`);
  });

  it("shows its own usage for ? and resolves at the end of the input", async () => {
    const lines = await transcript(["?"]);
    expect(lines).toContain("  !<n>  or  press <n>  press button <n> of the latest replies that had buttons");
    expect(lines[1]).toBe("microsense console: you are @ada, talking in #general.");
  });

  it("in interactive mode shows the usage and a prompt, and does not echo typed lines", async () => {
    const lines = await transcript(["/microsense compare"], true);
    expect(lines[0]).toBe("microsense console: you are @ada, talking in #general.");
    expect(lines.join("\n")).toContain("you> ");
    expect(lines.some((line) => line.startsWith("you> /microsense"))).toBe(false);
    expect(
      lines.some((line) => line.startsWith("bot> [ephemeral] *Microservices* and *microsegmentation*")),
    ).toBe(true);
  });
});
