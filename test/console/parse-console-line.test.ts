import { parseConsoleLine } from "../../adapters/console/parse-console-line";

describe("parseConsoleLine", () => {
  it.each([
    ["", { type: "empty" }],
    ["   ", { type: "empty" }],
    ["?", { type: "usage" }],
    [".help", { type: "usage" }],
    ["we use microservices", { type: "message", text: "we use microservices" }],
    ["/microsense", { type: "command", text: "" }],
    ["/microsense  explain microservices ", { type: "command", text: "explain microservices" }],
    ["/MICROSENSE help", { type: "command", text: "help" }],
    ["/microsensehelp", { type: "message", text: "/microsensehelp" }],
    ["@microsense help", { type: "mention", text: "help" }],
    ["@microsense: is this right?", { type: "mention", text: "is this right?" }],
    ["dm: 2", { type: "direct", text: "2" }],
    ["dm:quiz", { type: "direct", text: "quiz" }],
    ["DM: cancel", { type: "direct", text: "cancel" }],
    ["!1", { type: "press", number: 1 }],
    ["press 12", { type: "press", number: 12 }],
    ["! 1", { type: "message", text: "! 1" }],
    ["press the button", { type: "message", text: "press the button" }],
  ])("reads %j", (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });
});
