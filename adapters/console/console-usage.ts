/** The console's own keys; printed at the start of an interactive session and for `?`. */
export function consoleUsage(user: string, channel: string): string[] {
  return [
    `microsense console: you are @${user}, talking in #${channel}.`,
    `  <text>               post a message in #${channel}`,
    "  /microsense <words>  a slash command, e.g. /microsense help",
    `  @microsense <words>  mention the bot in #${channel}`,
    "  dm: <text>           a direct message to the bot (answer quiz questions with a number or the wording)",
    "  !<n>  or  press <n>  press button <n> of the latest replies that had buttons",
    "  ?                    show this again; Ctrl-D quits",
  ];
}
