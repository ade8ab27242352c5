#!/usr/bin/env node
import { Command } from "commander";
import { loadReplies } from "../conversation/load-replies";
import { isMicrosenseError } from "../errors";
import { createMatcher } from "../matcher/create-matcher";
import { formatScore, readCorpus, scoreCorpus } from "../matcher/score-corpus";
import { runLocalConsole } from "../server/run-local-console";
import { classifyLines } from "./classify-lines";
import { formatCheck } from "./format-check";
import { createTraceLog } from "./format-trace";

/** `npx microsense ...`: the matcher from the command line, and the local console chat. */
export function buildProgram(): Command {
  const program = new Command()
    .name("microsense")
    .description("Notices when microservices and microsegmentation get mixed up, and explains why.")
    .showHelpAfterError();

  program
    .command("classify")
    .description(
      'read JSON Lines ({"id": ..., "text": "..."}) from stdin, write one verdict per line to stdout',
    )
    .action(async () => {
      await classifyLines(createMatcher(), process.stdin, process.stdout);
    });

  program
    .command("check")
    .description("print the verdict, the evidence and the reply for one message")
    .argument("<text...>", "the message (quote it)")
    .option(
      "--trace",
      "also show each sentence as the rules read it, and every rule that matched and why it counted or not",
    )
    .action((words: string[], options: { trace?: boolean }) => {
      const log = options.trace ? createTraceLog() : undefined;
      const result = createMatcher().classify(words.join(" "), log?.tracer);
      process.stdout.write(`${formatCheck(result, loadReplies())}\n`);
      if (log) process.stdout.write(`${log.format()}\n`);
    });

  program
    .command("eval")
    .description(
      "score the matcher on a labelled JSON Lines corpus (precision and recall per intent and kind)",
    )
    .argument("<file>", "e.g. intents/corpus/heldout.jsonl")
    .option("--mistakes", "also list every message the matcher got wrong")
    .action((file: string, options: { mistakes?: boolean }) => {
      const score = scoreCorpus(createMatcher(), readCorpus(file));
      process.stdout.write(`${formatScore(score)}\n`);
      if (options.mistakes) {
        for (const { entry, result } of score.mistakes) {
          process.stdout.write(
            `${entry.id}\texpected ${entry.intent}\tgot ${result.intent}\t${entry.text.replace(/\s+/g, " ")}\n`,
          );
        }
      }
    });

  program
    .command("console")
    .description("chat with the bot locally (in-memory state, or Redis when REDIS_URL is set)")
    .option("--user <name>", "who you are in the chat (default MICROSENSE_USER or 'you')")
    .option(
      "--channel <name>",
      "the channel your plain lines go to (default MICROSENSE_CHANNEL or 'general')",
    )
    .action(async (options: { user?: string; channel?: string }) => {
      await runLocalConsole({
        ...(options.user ? { user: options.user } : {}),
        ...(options.channel ? { channel: options.channel } : {}),
      });
    });

  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (isMicrosenseError(error)) {
      process.stderr.write(`microsense: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

if (require.main === module) void main();
