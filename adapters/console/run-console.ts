import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Choice, ConversationCore, IncomingEvent, Reply } from "../../src/conversation/types";
import { assertNever } from "../../src/errors";
import { consoleUsage } from "./console-usage";
import { formatReplies } from "./format-reply";
import { parseConsoleLine } from "./parse-console-line";

export interface ConsoleOptions {
  readonly core: ConversationCore;
  readonly input: Readable;
  readonly output: Writable;
  /** Who "you" are, e.g. "you". */
  readonly user: string;
  /** The channel plain lines are posted in, without "#". */
  readonly channel: string;
  /** A terminal: show the usage and a prompt. Otherwise read a script and echo each line as "you> ...". */
  readonly interactive: boolean;
  /** Default "local". */
  readonly workspaceId?: string;
  /** Default: random UUIDs. Tests pass a counter for stable ids. */
  readonly nextEventId?: () => string;
}

interface Pressable {
  readonly choice: Choice;
  /** The conversation the button's message sits in: the DM for DM replies, else where the event came from. */
  readonly channelId: string;
}

/**
 * The console adapter: each input line becomes one IncomingEvent for the core, and each reply is
 * printed with where it would be delivered. Resolves when the input ends (Ctrl-D, end of script).
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { core, output, user, channel, interactive } = options;
  const workspaceId = options.workspaceId ?? "local";
  const nextEventId = options.nextEventId ?? randomUUID;
  const dmChannel = `dm-${user}`;
  const print = (lines: readonly string[]): void => {
    for (const line of lines) output.write(`${line}\n`);
  };

  let pressable: Pressable[] = [];
  let messageCount = 0;

  const base = (channelId: string): Omit<IncomingEvent, "kind" | "text"> => ({
    platform: "console",
    workspaceId,
    channelId,
    userId: user,
    eventId: nextEventId(),
  });

  const deliver = async (event: IncomingEvent): Promise<void> => {
    let replies: readonly Reply[];
    try {
      replies = await core.handle(event);
    } catch (error: unknown) {
      print([`console> the bot failed: ${error instanceof Error ? error.message : String(error)}`]);
      return;
    }
    const formatted = formatReplies(replies);
    print(formatted.lines);
    if (formatted.choices.length > 0) {
      pressable = formatted.choices.map(({ reply, choice }) => ({
        choice,
        channelId: reply.delivery === "dm" ? dmChannel : event.channelId,
      }));
    }
  };

  const handleLine = async (line: string): Promise<void> => {
    const parsed = parseConsoleLine(line);
    switch (parsed.type) {
      case "empty":
        return;
      case "usage":
        print(consoleUsage(user, channel));
        return;
      case "press": {
        const target = pressable[parsed.number - 1];
        if (target === undefined) {
          print([
            `console> there is no button ${parsed.number}; the latest replies have ${pressable.length}.`,
          ]);
          return;
        }
        const { actionId, value } = target.choice;
        return deliver({ ...base(target.channelId), kind: "action", text: "", action: { actionId, value } });
      }
      case "message":
        messageCount += 1;
        return deliver({
          ...base(channel),
          kind: "message",
          text: parsed.text,
          messageId: `m${messageCount}`,
        });
      case "command":
      case "mention":
        return deliver({ ...base(channel), kind: parsed.type, text: parsed.text });
      case "direct":
        return deliver({ ...base(dmChannel), kind: "direct", text: parsed.text });
      default:
        return assertNever(parsed);
    }
  };

  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, terminal: true, prompt: "you> " } : { terminal: false }),
  });
  if (interactive) {
    print(consoleUsage(user, channel));
    lines.prompt();
  }
  for await (const line of lines) {
    if (!interactive && line.trim() !== "") print([`you> ${line}`]);
    await handleLine(line);
    if (interactive) lines.prompt();
  }
  if (interactive) output.write("\n");
}
