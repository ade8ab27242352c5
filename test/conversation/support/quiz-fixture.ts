import type { QuizDefinition } from "../../../src/questionnaire/types";

/** A three-question questionnaire whose result follows from the answers in an obvious way. */
export const QUIZ_FIXTURE: QuizDefinition = {
  id: "fixture",
  version: 1,
  intro: "Three quick questions.",
  thresholds: { application: 2, network: 2 },
  questions: [
    {
      id: "q1",
      text: "What do you split?",
      options: [
        { id: "app", label: "The application", scores: { application: 1, network: 0 } },
        { id: "net", label: "The network policy", scores: { application: 0, network: 1 } },
        { id: "both", label: "Both", scores: { application: 1, network: 1 } },
      ],
    },
    {
      id: "q2",
      text: "What do you want to gain?",
      options: [
        { id: "scale", label: "Independent scaling", scores: { application: 1, network: 0 } },
        { id: "blast", label: "A smaller blast radius", scores: { application: 0, network: 1 } },
      ],
    },
    {
      id: "q3",
      text: "Who owns the change?",
      options: [
        { id: "dev", label: "Developers", scores: { application: 1, network: 0 } },
        { id: "sec", label: "Security team", scores: { application: 0, network: 1 } },
      ],
    },
  ],
  results: {
    microservices: {
      id: "microservices",
      title: "Microservices",
      explanation: "You are building an application.",
    },
    microsegmentation: {
      id: "microsegmentation",
      title: "Microsegmentation",
      explanation: "You are securing a network.",
    },
    both: { id: "both", title: "Both", explanation: "You are doing both." },
    neither: { id: "neither", title: "Neither", explanation: "Neither, really." },
  },
  texts: {
    resume: "Picking up where you left off.",
    cancelled: "Quiz cancelled.",
    alreadyAnswered: "You already answered that one.",
    stale: "That question is no longer open.",
    expired: "Your earlier quiz expired.",
    outdated: "The quiz changed since you started.",
    notStarted: "There is no quiz running; start one with `quiz`.",
  },
};
