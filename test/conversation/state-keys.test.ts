import { dayStamp, recentDayStamps, stateKeys } from "../../src/state/state-keys";

const slack = { platform: "slack", workspaceId: "T1" } as const;

describe("state keys", () => {
  it.each([
    [stateKeys.dedupe(slack, "Ev1"), "slack:T1:event:Ev1"],
    [stateKeys.channelCooldown(slack, "C1"), "slack:T1:cooldown:channel:C1"],
    [stateKeys.userCooldown(slack, "U1"), "slack:T1:cooldown:user:U1"],
    [stateKeys.mute(slack, "C1"), "slack:T1:mute:C1"],
    [stateKeys.mode(slack, "C1"), "slack:T1:mode:C1"],
    [stateKeys.optOut(slack, "U1"), "slack:T1:optout:U1"],
    [stateKeys.quiz(slack, "U1"), "slack:T1:quiz:U1"],
    [stateKeys.report(slack, "U1", "1700.1"), "slack:T1:report:U1:1700.1"],
    [stateKeys.counter(slack, "2025-03-10", "scanned"), "slack:T1:count:2025-03-10:scanned"],
  ])("lays out %s", (key, expected) => {
    expect(key).toBe(expected);
  });

  it("escapes ids so a Teams conversation id cannot take another key's shape", () => {
    const teams = { platform: "teams", workspaceId: "tenant:a" } as const;
    expect(stateKeys.mute(teams, "19:abc@thread.tacv2;messageid=1")).toBe(
      "teams:tenant%3Aa:mute:19%3Aabc%40thread.tacv2%3Bmessageid%3D1",
    );
    expect(stateKeys.report(slack, "U1:x", "y")).not.toBe(stateKeys.report(slack, "U1", "x:y"));
  });

  it("stamps UTC days and walks back over month ends", () => {
    expect(dayStamp(Date.UTC(2025, 2, 1, 23, 59))).toBe("2025-03-01");
    expect(recentDayStamps(Date.UTC(2025, 2, 2, 12), 3)).toEqual(["2025-03-02", "2025-03-01", "2025-02-28"]);
  });
});
