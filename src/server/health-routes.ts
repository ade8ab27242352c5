import type { Metrics } from "../observability/metrics";
import type { StateStore } from "../state/state-store";
import { sendJson } from "./create-http-server";
import type { PlatformAdapter, Route } from "./platform-adapter";

/** GET /healthz (alive), GET /readyz (state store and platform connections) and GET /metrics. */
export function healthRoutes(
  store: StateStore,
  adapters: readonly PlatformAdapter[],
  metrics: Metrics,
): Route[] {
  return [
    {
      method: "GET",
      path: "/healthz",
      handle: async (_request, response) => sendJson(response, 200, { status: "ok" }),
    },
    {
      method: "GET",
      path: "/readyz",
      handle: async (_request, response) => {
        const reasons: string[] = [];
        try {
          await store.ping();
        } catch (error) {
          reasons.push(`state store: ${error instanceof Error ? error.message : String(error)}`);
        }
        for (const adapter of adapters) {
          const readiness = adapter.readiness();
          if (!readiness.ready) reasons.push(`${adapter.name}: ${readiness.reason}`);
        }
        if (reasons.length === 0) sendJson(response, 200, { status: "ready" });
        else sendJson(response, 503, { status: "not ready", reasons });
      },
    },
    {
      method: "GET",
      path: "/metrics",
      handle: async (_request, response) => {
        const text = await metrics.render();
        response.writeHead(200, { "content-type": metrics.contentType });
        response.end(text);
      },
    },
  ];
}
