import { loadEnvironment } from "../config/load-environment";

/** Hosts that mean "every interface": the check then goes over loopback. */
const WILDCARD_HOSTS = new Set(["", "0.0.0.0", "::", "[::]"]);

/**
 * The URL of GET /healthz for a server configured by `env` (PORT, HOST; defaults as in .env.example).
 * Only these two settings are read, so a problem elsewhere in the configuration cannot fail the check.
 */
export function healthcheckUrl(env: NodeJS.ProcessEnv): string {
  const port = env.PORT?.trim() || "3000";
  const host = env.HOST?.trim() ?? "";
  const target = WILDCARD_HOSTS.has(host) ? "127.0.0.1" : host;
  const bracketed = target.includes(":") && !target.startsWith("[") ? `[${target}]` : target;
  return `http://${bracketed}:${port}/healthz`;
}

/** True when /healthz answers 200 within `timeoutMs`; never throws. */
export async function checkHealth(url: string, timeoutMs = 4000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

// `node dist/src/server/healthcheck.js`: the Docker HEALTHCHECK. Slim images have no curl, but node.
if (require.main === module) {
  void checkHealth(healthcheckUrl(loadEnvironment(process.cwd()))).then((healthy) => {
    process.exitCode = healthy ? 0 : 1;
  });
}
