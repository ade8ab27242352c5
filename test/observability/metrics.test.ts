import { createMetrics } from "../../src/observability/metrics";

describe("createMetrics", () => {
  it("renders each metric with its labels and the microsense_ prefix", async () => {
    const metrics = createMetrics();
    metrics.eventsReceived.inc({ platform: "slack", type: "message" });
    metrics.eventsReceived.inc({ platform: "slack", type: "message" });
    metrics.eventsReceived.inc({ platform: "teams", type: "mention" });
    metrics.messagesClassified.inc({ intent: "confusion", kind: "message" });
    metrics.repliesSent.inc({ platform: "slack", mode: "ephemeral" });
    metrics.cooldownSuppressions.inc({ scope: "channel" });
    metrics.platformApiRetries.inc({ platform: "slack", method: "chat.postEphemeral" }, 3);
    metrics.dedupeHits.inc();
    metrics.redisErrors.inc();
    metrics.eventHandlingSeconds.observe({ platform: "teams" }, 0.2);

    const text = await metrics.render();

    for (const line of [
      'microsense_events_received_total{platform="slack",type="message"} 2',
      'microsense_events_received_total{platform="teams",type="mention"} 1',
      'microsense_messages_classified_total{intent="confusion",kind="message"} 1',
      'microsense_replies_sent_total{platform="slack",mode="ephemeral"} 1',
      'microsense_cooldown_suppressions_total{scope="channel"} 1',
      'microsense_platform_api_retries_total{platform="slack",method="chat.postEphemeral"} 3',
      "microsense_dedupe_hits_total 1",
      "microsense_redis_errors_total 1",
      "microsense_quiz_started_total 0",
      'microsense_event_handling_seconds_bucket{le="0.25",platform="teams"} 1',
      'microsense_event_handling_seconds_bucket{le="0.1",platform="teams"} 0',
      'microsense_event_handling_seconds_count{platform="teams"} 1',
    ]) {
      expect(text.split("\n")).toContain(line);
    }
    expect(text).toContain("# TYPE microsense_platform_api_errors_total counter");
    expect(text).toContain("# TYPE microsense_quiz_completed_total counter");
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(metrics.contentType).toMatch(/^text\/plain/);
  });

  it("keeps every instance's counts to itself", async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.quizStarted.inc();
    first.quizStarted.inc();
    second.quizCompleted.inc();

    const [firstText, secondText] = await Promise.all([first.render(), second.render()]);

    expect(firstText.split("\n")).toContain("microsense_quiz_started_total 2");
    expect(firstText.split("\n")).toContain("microsense_quiz_completed_total 0");
    expect(secondText.split("\n")).toContain("microsense_quiz_started_total 0");
    expect(secondText.split("\n")).toContain("microsense_quiz_completed_total 1");
  });
});
