import type { SeededRandom } from "../src/seeded-random";

/**
 * Ordinary channel traffic for the benchmark: deploys, incidents, lunch, reviews, chit-chat, with the
 * Slack and Teams markup real messages carry. None of it mentions either term, which is what most of
 * a busy channel looks like to the matcher.
 */
type Template = (r: SeededRandom) => string;

const SERVICES = ["billing-api", "auth", "checkout", "search-indexer", "notifications", "ledger", "web"];
const ENVS = ["staging", "prod", "prod-eu", "canary", "dev"];
const REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];
const PEOPLE = ["U024BE7LH", "U0G9QF9C6", "U12345678", "W07QCRPA4", "U5H3K9ZQ1"];
const NAMES = ["Priya", "Jonas", "Mei", "Tomás", "Aisha", "Ole", "Sam"];
const CHANNELS = ["C0123ABCD|general", "C0456EFGH|deploys", "C0789IJKL|inc-ops", "C0AAABBBB|random"];
const EMOJI = [
  ":tada:",
  ":rocket:",
  ":eyes:",
  ":+1:",
  ":white_check_mark:",
  ":fire:",
  ":pray:",
  ":sweat_smile:",
];
const UNICODE_EMOJI = ["🎉", "🚀", "👀", "👍", "🙏", "🔥", "😅", "🍕", "☕️", "👩‍💻"];
const FOODS = ["ramen", "tacos", "the thai place", "pizza", "salad bar", "dumplings", "falafel"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const CAUSES = [
  "an expired TLS cert on the internal LB",
  "a connection pool that was too small after the resize",
  "a bad config push to the feature flag service",
  "disk pressure on two kafka brokers",
  "a retry storm from the mobile client",
];

const time = (r: SeededRandom): string => `${r.int(8, 18)}:${r.pick(["00", "15", "30", "45"])}`;
const version = (r: SeededRandom): string => `v${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 9)}`;
const user = (r: SeededRandom): string => `<@${r.pick(PEOPLE)}>`;
const channel = (r: SeededRandom): string => `<#${r.pick(CHANNELS)}>`;

const TEMPLATES: readonly Template[] = [
  (r) => `Deploying ${r.pick(SERVICES)} ${version(r)} to ${r.pick(ENVS)} ${r.pick(EMOJI)}`,
  (r) => `${r.pick(UNICODE_EMOJI)} ${r.pick(SERVICES)} ${version(r)} is live in ${r.pick(ENVS)}`,
  (r) =>
    `deploy of ${r.pick(SERVICES)} to ${r.pick(ENVS)} failed at step ${r.int(2, 9)}, retrying ${user(r)}`,
  (r) => `<!here> ${r.pick(ENVS)} deploy freeze starts at ${time(r)} UTC, ping me if you need an exception`,
  (r) => `rollback done, ${r.pick(SERVICES)} is back on ${version(r)} :white_check_mark:`,
  (r) =>
    `:rotating_light: INC-${r.int(1000, 9999)} ${r.pick(SERVICES)} p99 latency is ${r.int(300, 4000)}ms in ${r.pick(REGIONS)}, investigating in ${channel(r)}`,
  (r) =>
    `root cause for INC-${r.int(1000, 9999)}: ${r.pick(CAUSES)}. write-up here <https://wiki.example.com/postmortems/${r.int(100, 999)}|postmortem>`,
  (r) =>
    `error rate is back under ${r.int(1, 5)}% after the rollback, keeping an eye on it ${r.pick(UNICODE_EMOJI)}`,
  (r) =>
    `> is anyone else seeing 502s from ${r.pick(SERVICES)}?\nyes, since ${time(r)}, the dashboard is here https://grafana.example.com/d/${r.int(1000, 9999)}`,
  (r) => `&gt; pager went off again\nsilencing it for ${r.int(10, 90)} minutes while we look`,
  (r) => `lunch? thinking ${r.pick(FOODS)} at ${time(r)}`,
  (r) => `anyone up for ${r.pick(FOODS)} ${r.pick(EMOJI)}`,
  (r) => `I'll be ~${r.int(5, 20)} min late, start without me`,
  (r) =>
    `${r.pick(UNICODE_EMOJI)} leftover ${r.pick(FOODS)} in the kitchen on floor ${r.int(2, 7)}, help yourselves`,
  (r) =>
    `can someone review <https://github.com/acme/${r.pick(SERVICES)}/pull/${r.int(100, 5000)}|#${r.int(100, 5000)}>? small change to the retry logic`,
  () => "LGTM :shipit: one nit about naming, not blocking",
  (r) =>
    `\`npm test\` passes locally but CI is red on \`${r.pick(["lint", "e2e", "build", "typecheck"])}\`, any idea?`,
  (r) =>
    `\`\`\`\nError: connect ECONNREFUSED 10.0.${r.int(0, 255)}.${r.int(1, 254)}:5432\n    at TCPConnectWrap.afterConnect\n\`\`\`\nanyone seen this on ${r.pick(ENVS)}?`,
  (r) => `rebased on main, please re-review *before* ${r.pick(DAYS)} ${user(r)}`,
  () => "_nit_: `const` instead of `let` here, and maybe ~drop~ keep the comment",
  (r) => `thanks ${user(r)}! ${r.pick(EMOJI)}`,
  (r) => `OOO ${r.pick(DAYS)}, back ${r.pick(DAYS)}. ${r.pick(NAMES)} covers on-call`,
  (r) => `standup moved to ${time(r)} today, same link`,
  (r) =>
    `retro notes are in <https://docs.example.com/retro/${r.int(1, 80)}> add your items before ${r.pick(DAYS)}`,
  (r) => `<at>${r.pick(NAMES)}</at> can you take a look at the alert when you have a sec?`,
  (r) => `<b>heads up</b>: ${r.pick(SERVICES)} maintenance window tonight at ${time(r)}`,
  (r) => `the build is green again ${r.pick(UNICODE_EMOJI)}${r.pick(UNICODE_EMOJI)}`,
  () => "ok",
  () => "👍",
  () => "haha fair",
  () => "brb",
  (r) => `+1 to what ${r.pick(NAMES)} said`,
  (r) =>
    `todo before the release:\n• bump ${r.pick(SERVICES)} to ${version(r)}\n• update the runbook\n• tell support ${r.pick(EMOJI)}`,
  (r) =>
    `Quick poll for the offsite: ${r.pick(FOODS)} or ${r.pick(FOODS)}? React with ${r.pick(EMOJI)} or ${r.pick(EMOJI)}`,
  (r) => `who owns the ${r.pick(SERVICES)} dashboards now? the on-call doc still says ${r.pick(NAMES)}`,
  (r) => `Teams call in 5, link in the invite. ${r.pick(NAMES)} is presenting the Q${r.int(1, 4)} roadmap`,
  (r) =>
    `merged! thanks everyone ${r.pick(UNICODE_EMOJI)} release notes: https://example.com/releases/${version(r)}`,
  (r) =>
    `the load test hit ${r.int(2, 40)}k rps before ${r.pick(SERVICES)} started shedding, numbers in ${channel(r)}`,
  (r) => `can we move the ${r.pick(DAYS)} sync? I have a dentist appointment at ${time(r)}`,
  (r) => `Grüße aus Berlin! ${r.pick(NAMES)} und ich sind ab ${r.pick(DAYS)} wieder im Büro`,
];

/** `count` varied chat lines, the same ones for the same seed. */
export function generateChatTraffic(count: number, random: SeededRandom): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(random.pick(TEMPLATES)(random));
  return lines;
}
