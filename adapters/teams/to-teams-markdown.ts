const BULLET = /^•\s+/;

/** `*bold*` in our light markup is `**bold**` in Teams; `_italic_` and `code` spans mean the same there. */
function convertInline(line: string): string {
  return line.replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, "$1**$2**");
}

/** One paragraph as runs of consecutive lines: bullets together, other lines together. */
export interface LineRun {
  readonly bullets: boolean;
  readonly lines: readonly string[];
}

/** Splits our light markup into paragraphs of runs, inline markup already converted to Teams markdown. */
export function toParagraphRuns(text: string): LineRun[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const runs: { bullets: boolean; lines: string[] }[] = [];
      for (const raw of lines) {
        const bullets = BULLET.test(raw.trim());
        const line = convertInline(raw.trim().replace(BULLET, ""));
        const last = runs.at(-1);
        if (last !== undefined && last.bullets === bullets) last.lines.push(line);
        else runs.push({ bullets, lines: [line] });
      }
      return runs;
    });
}

/**
 * Our light markup as Teams message markdown: list items one per line after "- ", and a blank line for
 * every other break, because Teams joins single newlines of ordinary text into one line.
 */
export function toTeamsMarkdown(text: string): string {
  return toParagraphRuns(text)
    .map((runs) =>
      runs
        .map((run) =>
          run.bullets ? run.lines.map((line) => `- ${line}`).join("\n") : run.lines.join("\n\n"),
        )
        .join("\n\n"),
    )
    .join("\n\n");
}
