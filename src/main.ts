import { formatConfigProblems } from "./config/format-config-problems";
import { loadConfig } from "./config/load-config";
import { loadEnvironment } from "./config/load-environment";
import { ConfigInvalidError, isMicrosenseError } from "./errors";
import { createLogger, type Logger } from "./observability/create-logger";
import { runLocalConsole } from "./server/run-local-console";
import { startPlatforms } from "./server/start-platforms";

/**
 * `npm start`: with Slack or Teams credentials in the environment (or .env) it serves them over one
 * HTTP server; with none it opens the local console chat. Bad configuration exits with code 2 and a
 * list of what to fix, never a stack trace.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(loadEnvironment(process.cwd()));
  } catch (error) {
    if (error instanceof ConfigInvalidError) {
      process.stderr.write(`${formatConfigProblems(error)}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (config.mode === "console") {
    await runLocalConsole({ config });
    return;
  }
  const logger = createLogger(config.log);
  keepServingDespiteStrayRejections(logger);
  await startPlatforms(config, { logger });
}

/**
 * A promise some library forgot to handle must not take every conversation down with it: log it and go
 * on. A thrown exception is different (state may be corrupt), so node's default of crashing stays.
 */
function keepServingDespiteStrayRejections(logger: Logger): void {
  process.on("unhandledRejection", (reason: unknown) => {
    logger.error({ err: reason }, "An unhandled promise rejection; carrying on");
  });
}

main().catch((error: unknown) => {
  if (isMicrosenseError(error)) {
    process.stderr.write(`microsense: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `microsense could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
