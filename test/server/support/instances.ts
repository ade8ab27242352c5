import { metricValue, readMetrics, type TestServer, waitFor } from "./start-test-server";

/** The sum of one metric over several instances, e.g. events received by all three. */
export async function sumMetric(
  servers: readonly TestServer[],
  name: string,
  labels: Readonly<Record<string, string>> = {},
): Promise<number> {
  const texts = await Promise.all(servers.map((server) => readMetrics(server)));
  return texts.reduce((total, text) => total + metricValue(text, name, labels), 0);
}

/**
 * Waits until the instances together have finished `count` Slack turns in all (the core has returned
 * and its replies are counted), so a test can then assert that nothing more will be posted.
 */
export function waitForHandled(servers: readonly TestServer[], count: number): Promise<void> {
  return waitFor(`${count} handled Slack events`, async () => {
    return (
      (await sumMetric(servers, "microsense_event_handling_seconds_count", { platform: "slack" })) >= count
    );
  });
}
