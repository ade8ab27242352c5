import type { types } from "@slack/bolt";
import type { Choice, Reply } from "../../src/conversation/types";

/** A message ready for chat.postMessage and friends: notification text plus Block Kit blocks. */
export interface RenderedMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

// Block Kit limits (docs.slack.dev/reference/block-kit): past them Slack rejects the whole message.
const sectionTextLimit = 3000;
const buttonLabelLimit = 75;
const buttonValueLimit = 2000;
const buttonsPerActionsBlock = 25;
const homeViewBlockLimit = 100;

const actionIdSuffix = /::\d+$/;

/**
 * Renders a core Reply as Block Kit. `nonce` must be fresh for every render: it makes the block_ids
 * unique per posted message, which is what lets a double click be recognised (see blockActionToTurn).
 */
export function renderReply(reply: Reply, nonce: string): RenderedMessage {
  const text = toMrkdwn(reply.text);
  const blocks: types.KnownBlock[] = paragraphs(text).map(
    (paragraph, index): types.SectionBlock => ({
      type: "section",
      block_id: `ms.${nonce}.t${index}`,
      text: { type: "mrkdwn", text: paragraph },
    }),
  );
  const buttons = renderButtons(reply.choices ?? []);
  for (let start = 0; start < buttons.length; start += buttonsPerActionsBlock) {
    blocks.push({
      type: "actions",
      block_id: `ms.${nonce}.a${start / buttonsPerActionsBlock}`,
      elements: buttons.slice(start, start + buttonsPerActionsBlock),
    });
  }
  return { text: truncate(text, sectionTextLimit), blocks };
}

/** The App Home tab: every reply in order, separated by dividers. */
export function renderHomeView(replies: readonly Reply[], nonce: string): types.HomeView {
  const blocks: types.KnownBlock[] = [];
  replies.forEach((reply, index) => {
    if (index > 0) blocks.push({ type: "divider" });
    blocks.push(...renderReply(reply, `${nonce}-${index}`).blocks);
  });
  return { type: "home", blocks: blocks.slice(0, homeViewBlockLimit) };
}

/**
 * Our light markup (*bold*, _italic_, `code`, "• " bullets, blank-line paragraphs) is already Slack
 * mrkdwn; only the three characters Slack reserves for its own syntax must be escaped.
 */
export function toMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Slack wants action_ids unique within a message, but the core may give several choices one actionId
 * (e.g. every answer of a question). Those get a "::<index>" suffix that decodeActionId strips again;
 * an id that already ends like a suffix gets one too, so decoding is always exact.
 */
export function encodeActionIds(choices: readonly Choice[]): string[] {
  const counts = new Map<string, number>();
  for (const choice of choices) counts.set(choice.actionId, (counts.get(choice.actionId) ?? 0) + 1);
  return choices.map((choice, index) =>
    (counts.get(choice.actionId) ?? 0) > 1 || actionIdSuffix.test(choice.actionId)
      ? `${choice.actionId}::${index}`
      : choice.actionId,
  );
}

export function decodeActionId(actionId: string): string {
  return actionId.replace(actionIdSuffix, "");
}

function renderButtons(choices: readonly Choice[]): types.Button[] {
  const actionIds = encodeActionIds(choices);
  return choices.map((choice, index) => ({
    type: "button",
    action_id: actionIds[index] ?? choice.actionId,
    text: { type: "plain_text", text: truncate(choice.label, buttonLabelLimit), emoji: true },
    ...(choice.value !== "" && { value: truncate(choice.value, buttonValueLimit) }),
    ...(choice.style !== undefined && { style: choice.style }),
  }));
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .flatMap((paragraph) => chunk(paragraph, sectionTextLimit));
}

/** Splits at line breaks where possible so a long list stays readable across sections. */
function chunk(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf("\n", limit);
    const at = cut > 0 ? cut : limit;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
