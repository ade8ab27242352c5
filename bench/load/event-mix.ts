import { readFileSync } from "node:fs";
import { intentsPath } from "../../src/knowledge/intents-path";
import { createSeededRandom, type SeededRandom } from "../../src/seeded-random";
import { generateChatTraffic } from "../chat-traffic";
import { BENCH_TEAM_ID } from "./fake-web-api";

/** One Slack event ready to sign and send. */
export interface LoadEvent {
  readonly body: string;
  /** Mentions microservices or microsegmentation: such a message may get a reply in `channel`. */
  readonly mentionsTerm: boolean;
  readonly channel: string;
}

const TERM_SHARE = 0.05;
const CHANNELS = 200;
const USERS = 2_000;
const CORPUS_FILES = ["dev.jsonl", "dev2.jsonl", "dev3.jsonl"];

/** Corpus messages that use at least one of the two terms, right or wrong (conflations, questions, mentions). */
function termMessages(): string[] {
  const texts: string[] = [];
  for (const file of CORPUS_FILES) {
    let lines: string[];
    try {
      lines = readFileSync(intentsPath("corpus", file), "utf8").split("\n");
    } catch {
      continue;
    }
    for (const line of lines) {
      if (line.trim() === "") continue;
      const entry = JSON.parse(line) as { text: string; intent: string };
      if (entry.intent !== "none") texts.push(entry.text);
    }
  }
  if (texts.length === 0)
    throw new Error("No corpus messages under intents/corpus: the load mix needs them.");
  return texts;
}

/**
 * A realistic stream of channel messages: about 95% ordinary chat (deploys, incidents, lunch) in a pool
 * of busy channels, about 5% messages about the two terms from the labelled corpus. Each of those goes
 * to a channel and user of its own, so cooldowns do not hide a reply and its arrival can be matched.
 */
export function createEventMix(seed: number): (sequence: number) => LoadEvent {
  const random = createSeededRandom(seed);
  const terms = termMessages();
  const chat = generateChatTraffic(5_000, random);
  return (sequence) => {
    const mentionsTerm = random.chance(TERM_SHARE);
    const text = mentionsTerm ? random.pick(terms) : random.pick(chat);
    const channel = mentionsTerm ? `CTERM${sequence}` : `CLOAD${random.int(0, CHANNELS - 1)}`;
    const user = mentionsTerm ? `UTERM${sequence}` : `ULOAD${random.int(0, USERS - 1)}`;
    return { body: JSON.stringify(envelope(sequence, text, channel, user, random)), mentionsTerm, channel };
  };
}

function envelope(sequence: number, text: string, channel: string, user: string, random: SeededRandom) {
  const seconds = 1_800_000_000 + Math.floor(sequence / 1000);
  const ts = `${seconds}.${String(sequence % 1_000_000).padStart(6, "0")}`;
  const inThread = random.chance(0.2);
  return {
    token: "bench",
    team_id: BENCH_TEAM_ID,
    context_team_id: BENCH_TEAM_ID,
    api_app_id: "ABENCH",
    event: {
      type: "message",
      user,
      text,
      ts,
      ...(inThread ? { thread_ts: `${seconds - 60}.000100`, parent_user_id: "ULOAD1" } : {}),
      team: BENCH_TEAM_ID,
      client_msg_id: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
      blocks: [
        {
          type: "rich_text",
          block_id: `b${sequence}`,
          elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }],
        },
      ],
      channel,
      event_ts: ts,
      channel_type: "channel",
    },
    type: "event_callback",
    event_id: `EvBENCH${sequence}`,
    event_time: seconds,
    authorizations: [
      { team_id: BENCH_TEAM_ID, user_id: "UBENCHBOT", is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}
