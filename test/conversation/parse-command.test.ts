import { parseCommand } from "../../src/conversation/parse-command";
import { formatDuration, parseDuration } from "../../src/conversation/parse-duration";

describe("parseCommand", () => {
  it.each([
    ["", { name: "help" }],
    ["help", { name: "help" }],
    ["HELP me", { name: "help" }],
    ["explain  microservices", { name: "explain", topic: "microservices" }],
    ["explain", { name: "explain", topic: "" }],
    ["compare", { name: "compare" }],
    ["check  Two  spaces kept", { name: "check", text: "Two  spaces kept" }],
    ["quiz", { name: "quiz" }],
    ["cancel", { name: "cancel" }],
    ["mute", { name: "mute", duration: "" }],
    ["mute 2h", { name: "mute", duration: "2h" }],
    ["unmute", { name: "unmute" }],
    ["optout", { name: "optout" }],
    ["opt-out", { name: "optout" }],
    ["opt out", { name: "optout" }],
    ["opt in", { name: "optin" }],
    ["opt sideways", { name: "unknown", word: "opt" }],
    ["mode Thread", { name: "mode", mode: "thread", raw: "thread" }],
    ["mode", { name: "mode", mode: undefined, raw: "" }],
    ["mode loud", { name: "mode", mode: undefined, raw: "loud" }],
    ["stats", { name: "stats" }],
    ["home", { name: "home" }],
    ["Is microservices the same as microsegmentation?", { name: "unknown", word: "Is" }],
  ])("reads %j", (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});

describe("parseDuration", () => {
  it.each([
    ["30m", 30 * 60_000],
    ["90 minutes", 90 * 60_000],
    ["2h", 2 * 3_600_000],
    ["for 2 hours", 2 * 3_600_000],
    ["1d", 86_400_000],
    ["30 days", 30 * 86_400_000],
    ["31d", undefined],
    ["0h", undefined],
    ["2 weeks", undefined],
    ["soon", undefined],
    ["-1h", undefined],
  ])("reads %j", (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each([
    [30 * 60_000, "30 minutes"],
    [60_000, "1 minute"],
    [3_600_000, "1 hour"],
    [86_400_000, "24 hours"],
    [2 * 86_400_000, "48 hours"],
    [3 * 86_400_000, "3 days"],
    [90 * 1000, "2 minutes"],
  ])("formats %d ms as %j", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
