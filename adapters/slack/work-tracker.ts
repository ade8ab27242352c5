/** Remembers unfinished background work so stop() can wait for it, but not forever. */
export class WorkTracker {
  private readonly pending = new Set<Promise<void>>();

  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves true once nothing is pending, or false when `timeoutMs` ran out first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    try {
      // Work may start more work while we wait (a request's listener), so look again after each round.
      while (this.pending.size > 0) {
        const round = await Promise.race([
          Promise.all([...this.pending]).then(() => "done" as const),
          deadline,
        ]);
        if (round === "timeout") return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
