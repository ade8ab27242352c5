import { assertNever, isMicrosenseError, StateConflictError, StateUnavailableError } from "../src/errors";

describe("coded errors", () => {
  it("carry a stable code and keep their cause", () => {
    const cause = new Error("ECONNREFUSED");
    const error = new StateUnavailableError("Redis did not answer", { cause });
    expect(error.code).toBe("STATE_UNAVAILABLE");
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("StateUnavailableError");
    expect(isMicrosenseError(error, "STATE_UNAVAILABLE")).toBe(true);
    expect(isMicrosenseError(error, "STATE_CONFLICT")).toBe(false);
    expect(isMicrosenseError(new Error("plain"))).toBe(false);
  });

  it("name the key that lost a race", () => {
    expect(new StateConflictError("ms:quiz:u1").key).toBe("ms:quiz:u1");
  });

  it("assertNever throws on a value the types said could not happen", () => {
    expect(() => assertNever("surprise" as never)).toThrow(/surprise/);
  });
});
