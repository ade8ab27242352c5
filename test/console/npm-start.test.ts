import { spawn } from "node:child_process";
import { join } from "node:path";

const REPO_ROOT = join(__dirname, "..", "..");

/** Runs `npm start` exactly as the README says, with a script on stdin and no platform credentials. */
function npmStart(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(SLACK_|Microsoft|TEAMS_|REDIS_URL$|MICROSENSE_)/.test(key)) env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start", "--silent"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(script);
  });
}

describe("npm start without credentials", () => {
  it("runs the local console over piped input, prints the transcript and exits 0", async () => {
    const { code, stdout, stderr } = await npmStart(
      [
        "deploy went fine, thanks all",
        "microservices is just microsegmentation",
        "/microsense explain microsegmentation",
        "dm: quiz",
        "dm: 1",
      ].join("\n"),
    );
    expect({ code, stderr: stderr.trim() }).toEqual({ code: 0, stderr: "" });
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^microsense: .*local console on the in-memory store/);
    const repliesTo = (input: string): string[] => {
      const start = lines.indexOf(`you> ${input}`);
      expect(start).toBeGreaterThan(0);
      const rest = lines.slice(start + 1);
      const end = rest.findIndex((line) => line.startsWith("you> "));
      return end < 0 ? rest.filter((line) => line !== "") : rest.slice(0, end);
    };
    expect(repliesTo("deploy went fine, thanks all")).toEqual([]);
    const clarification = repliesTo("microservices is just microsegmentation");
    expect(clarification[0]).toMatch(/^bot> \[ephemeral\] .*microservices/);
    expect(clarification.filter((line) => /^bot> {3}\d\) /.test(line))).toHaveLength(4);
    expect(repliesTo("/microsense explain microsegmentation")[0]).toMatch(/^bot> \[ephemeral\] .*network/i);
    expect(repliesTo("dm: quiz").join("\n")).toMatch(/\[dm\][\s\S]*Question 1 of \d/);
    expect(repliesTo("dm: 1").join("\n")).toMatch(/Question 2 of \d/);
  }, 120_000);
});
