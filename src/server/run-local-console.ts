import { runConsole } from "../../adapters/console/run-console";
import type { Config } from "../config/config";
import { formatConfigProblems } from "../config/format-config-problems";
import { loadConfig } from "../config/load-config";
import { loadEnvironment } from "../config/load-environment";
import { ConfigInvalidError } from "../errors";
import { createLogger } from "../observability/create-logger";
import { createBotCore } from "./create-bot-core";

export interface LocalConsoleOptions {
  readonly user?: string;
  readonly channel?: string;
  /** Already validated config (from `npm start`); loaded from the environment when absent. */
  readonly config?: Config;
}

/**
 * The embedded default: a chat in the terminal against the real core. Interactive on a TTY; with piped
 * input it plays the script and resolves at its end, so demos and tests can drive it.
 */
export async function runLocalConsole(options: LocalConsoleOptions = {}): Promise<void> {
  const config = options.config ?? loadConfigOrExit();
  // Logs go to stderr at warn and above, so they never interleave with the chat on stdout.
  const logger = createLogger(
    { ...config.log, level: config.log.level === "info" ? "warn" : config.log.level },
    process.stderr,
  );
  const bot = createBotCore(config, logger);
  const where =
    bot.storeDescription === "memory"
      ? "the in-memory store (nothing is kept after exit)"
      : bot.storeDescription;
  process.stdout.write(
    `microsense: no Slack or Teams credentials found, so this is the local console on ${where}.\n`,
  );
  try {
    await runConsole({
      core: bot.core,
      input: process.stdin,
      output: process.stdout,
      user: options.user ?? config.console.user,
      channel: options.channel ?? config.console.channel,
      interactive: process.stdin.isTTY === true,
    });
  } finally {
    await bot.store.close();
  }
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig(loadEnvironment(process.cwd()));
  } catch (error) {
    if (error instanceof ConfigInvalidError) {
      process.stderr.write(`${formatConfigProblems(error)}\n`);
      process.exit(2);
    }
    throw error;
  }
}
