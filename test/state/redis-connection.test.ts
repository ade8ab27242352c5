import { defineLuaScript, reconnectDelayMs } from "../../src/state/redis-connection";

describe("reconnectDelayMs", () => {
  it.each([
    [0, 50],
    [1, 100],
    [3, 400],
    [5, 1600],
    [6, 2000],
    [1000, 2000],
  ])("after %i retries waits about %i ms (at most 20%% more)", (retries, base) => {
    for (let sample = 0; sample < 20; sample += 1) {
      const delay = reconnectDelayMs(retries, 2000);
      expect(delay).toBeGreaterThanOrEqual(base);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });
});

describe("defineLuaScript", () => {
  it("names a script by the SHA1 Redis uses for EVALSHA", () => {
    expect(defineLuaScript("return 1").sha1).toBe("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
  });
});
