/** The value at `path` in loosely typed payload data (channelData, card values), or undefined. */
export function readPath(value: unknown, ...path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The string at `path`, or undefined when it is missing or not a string. */
export function readString(value: unknown, ...path: readonly string[]): string | undefined {
  const found = readPath(value, ...path);
  return typeof found === "string" ? found : undefined;
}
