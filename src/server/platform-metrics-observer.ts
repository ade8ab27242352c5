import type { Metrics } from "../observability/metrics";
import type { PlatformAdapter, PlatformObserver } from "./platform-adapter";

/** Counts an adapter's platform API trouble in the Prometheus metrics, labelled by platform and call. */
export function platformMetricsObserver(
  metrics: Metrics,
  platform: PlatformAdapter["name"],
): PlatformObserver {
  return {
    onApiError: (method) => metrics.platformApiErrors.inc({ platform, method }),
    onApiRetry: (method) => metrics.platformApiRetries.inc({ platform, method }),
  };
}
