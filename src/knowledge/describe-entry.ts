/**
 * Names a place in the questionnaire file the way its author sees it: the path
 * (`questions[2].options[1]`) followed by the ids met on the way (`option "zones" of question
 * "q3-enforce"`), so the entry can be found both by counting and by searching the file.
 */
export function describeEntry(path: readonly PropertyKey[], root: unknown): string {
  if (path.length === 0) return "the top level";
  let rendered = "";
  const ids: string[] = [];
  let node: unknown = root;
  let container = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      rendered += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const id = isRecord(node) ? node.id : undefined;
      if (typeof id === "string" && id.trim() !== "") ids.unshift(`${singular(container)} "${id.trim()}"`);
    } else {
      const key = String(segment);
      rendered += rendered === "" ? key : `.${key}`;
      node = isRecord(node) ? node[key] : undefined;
      container = key;
    }
  }
  return ids.length === 0 ? rendered : `${rendered} (${ids.join(" of ")})`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function singular(key: string): string {
  return key.endsWith("s") ? key.slice(0, -1) : key;
}
