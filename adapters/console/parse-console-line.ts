/** What a typed console line asks for. */
export type ConsoleLine =
  | { readonly type: "empty" }
  | { readonly type: "usage" }
  | { readonly type: "message"; readonly text: string }
  | { readonly type: "command"; readonly text: string }
  | { readonly type: "mention"; readonly text: string }
  | { readonly type: "direct"; readonly text: string }
  | { readonly type: "press"; readonly number: number };

/**
 * `/microsense <words>` is the slash command, `@microsense <words>` a mention, `dm: <text>` a direct
 * message, `!2` or `press 2` presses button 2 of the latest replies, `?` shows the console's usage;
 * anything else is a message posted in the channel.
 */
export function parseConsoleLine(line: string): ConsoleLine {
  const text = line.trim();
  if (text === "") return { type: "empty" };
  if (text === "?" || text.toLowerCase() === ".help") return { type: "usage" };
  const press = /^(?:!|press\s+)(\d{1,3})$/i.exec(text);
  if (press !== null) return { type: "press", number: Number(press[1]) };
  const command = /^\/microsense(?:\s+(.*))?$/is.exec(text);
  if (command !== null) return { type: "command", text: (command[1] ?? "").trim() };
  const mention = /^@microsense\b[:,]?(?:\s+(.*))?$/is.exec(text);
  if (mention !== null) return { type: "mention", text: (mention[1] ?? "").trim() };
  const direct = /^dm:(.*)$/is.exec(text);
  if (direct !== null) return { type: "direct", text: (direct[1] ?? "").trim() };
  return { type: "message", text };
}
