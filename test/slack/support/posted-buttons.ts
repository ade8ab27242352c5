import type { JsonObject } from "./fake-slack-api";

/** A button as the bot posted it, with what a click on it sends back. */
export interface PostedButton {
  readonly blockId: string;
  readonly actionId: string;
  readonly value: string;
}

/** The buttons in a posted message or view body (its Block Kit `blocks`). */
export function buttonsOf(message: JsonObject): PostedButton[] {
  const blocks = (message.blocks ?? []) as Array<{ type: string; block_id: string; elements?: JsonObject[] }>;
  return blocks.flatMap((block) =>
    block.type !== "actions"
      ? []
      : (block.elements ?? []).map((element) => ({
          blockId: block.block_id,
          actionId: String(element.action_id),
          value: String(element.value ?? ""),
        })),
  );
}

export function firstButton(message: JsonObject): PostedButton {
  const [button] = buttonsOf(message);
  if (button === undefined) throw new Error("the message has no buttons");
  return button;
}
