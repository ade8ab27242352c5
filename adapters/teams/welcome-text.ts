/** The first thing a team, group chat or person sees after adding microsense, in our light markup. */
export function welcomeText(personal: boolean): string {
  const say = (command: string) => (personal ? `\`${command}\`` : `\`@microsense ${command}\``);
  return [
    "Hi, I'm *microsense*. I watch for one particular mix-up: _microservices_ (splitting an application " +
      "into small, separately deployable services) versus _microsegmentation_ (splitting one network " +
      "security policy into many small ones that sit close to the workloads).",
    personal
      ? "Ask me anything about the two here, or try the short quiz."
      : "When a message treats them as the same thing, I add a short, friendly note in its thread. " +
        "Everything else I leave alone.",
    [
      `• ${say("help")} lists what I can do`,
      ...(personal ? [] : [`• ${say("mute")} keeps me quiet in this channel`]),
      `• ${say("optout")} means I never reply to your messages`,
    ].join("\n"),
  ].join("\n\n");
}
