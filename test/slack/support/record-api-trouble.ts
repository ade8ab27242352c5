import type { PlatformObserver } from "../../../src/server/platform-adapter";

/** A PlatformObserver that writes down what the adapter reported, in order. */
export interface ApiTroubleRecord {
  readonly observer: PlatformObserver;
  readonly errors: string[];
  readonly retries: string[];
}

export function recordApiTrouble(): ApiTroubleRecord {
  const errors: string[] = [];
  const retries: string[] = [];
  return {
    errors,
    retries,
    observer: {
      onApiError: (method) => errors.push(method),
      onApiRetry: (method) => retries.push(method),
    },
  };
}
