import type { ArrivedCall } from "./fake-web-api";
import type { RateStep, StepResult } from "./send-at-rate";

/** One printed row of the benchmark. */
export interface StepFigures {
  readonly ratePerSecond: number;
  readonly sent: number;
  /** Events per second the instance fully handled: accepted / (first send to last event handled). */
  readonly handledPerSecond: number;
  readonly ackP50Ms: number;
  readonly ackP95Ms: number;
  readonly ackP99Ms: number;
  readonly replies: number;
  readonly termMessages: number;
  readonly replyP99Ms: number;
  readonly errors: number;
  readonly firstError?: string;
  readonly peakRssMb: number;
  /** Instance CPU time (user + system) per accepted event. */
  readonly cpuPerEventUs: number;
  /** Instance CPU time over wall time while the step ran: 100% is one core. */
  readonly instanceCpuPercent: number;
  /** This benchmark process's own share, which competes for the same two cores. */
  readonly benchCpuPercent: number;
}

/** CPU and wall time measured around a step, in ms. */
export interface StepCpu {
  readonly instanceMs: number;
  readonly benchMs: number;
  readonly wallMs: number;
}

export const TARGETS = {
  ratePerSecond: 2_000,
  ackP99Ms: 50,
  rssMb: 300,
} as const;

/** The value below which `fraction` of the finite samples lie (nearest rank). */
export function percentile(samples: ArrayLike<number>, fraction: number): number {
  const finite = Array.from(samples)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const rank = Math.min(finite.length - 1, Math.max(0, Math.ceil(fraction * finite.length) - 1));
  return finite[rank] ?? Number.NaN;
}

export function summariseStep(
  step: RateStep,
  result: StepResult,
  handledMs: number,
  posted: readonly ArrivedCall[],
  peakRssMb: number,
  cpu: StepCpu,
): StepFigures {
  const replyMs: number[] = [];
  for (const call of posted) {
    const sentAt = result.termSentAt.get(call.channel);
    if (sentAt !== undefined) replyMs.push(call.atMs - sentAt);
  }
  return {
    ratePerSecond: step.ratePerSecond,
    sent: result.sent,
    handledPerSecond: result.acked / (handledMs / 1000),
    ackP50Ms: percentile(result.ackMs, 0.5),
    ackP95Ms: percentile(result.ackMs, 0.95),
    ackP99Ms: percentile(result.ackMs, 0.99),
    replies: replyMs.length,
    termMessages: result.termSentAt.size,
    replyP99Ms: percentile(replyMs, 0.99),
    errors: result.errors,
    ...(result.firstError === undefined ? {} : { firstError: result.firstError }),
    peakRssMb,
    cpuPerEventUs: result.acked === 0 ? Number.NaN : (cpu.instanceMs * 1000) / result.acked,
    instanceCpuPercent: (cpu.instanceMs / cpu.wallMs) * 100,
    benchCpuPercent: (cpu.benchMs / cpu.wallMs) * 100,
  };
}

export function meetsTargets(figures: StepFigures): boolean {
  return (
    figures.handledPerSecond >= TARGETS.ratePerSecond * 0.98 &&
    figures.ackP99Ms < TARGETS.ackP99Ms &&
    figures.errors === 0 &&
    figures.peakRssMb < TARGETS.rssMb
  );
}

const COLUMNS = [
  ["rate/s", 7],
  ["sent", 7],
  ["handled/s", 10],
  ["ack p50", 8],
  ["ack p95", 8],
  ["ack p99", 8],
  ["reply p99", 10],
  ["replies", 9],
  ["errors", 7],
  ["peak RSS", 9],
  ["CPU/event", 10],
  ["inst CPU", 9],
  ["bench CPU", 10],
] as const;

export function header(): string {
  return COLUMNS.map(([title, width]) => title.padStart(width)).join(" ");
}

export function row(figures: StepFigures): string {
  const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)}ms` : "-");
  const cells = [
    String(figures.ratePerSecond),
    String(figures.sent),
    figures.handledPerSecond.toFixed(0),
    ms(figures.ackP50Ms),
    ms(figures.ackP95Ms),
    ms(figures.ackP99Ms),
    ms(figures.replyP99Ms),
    `${figures.replies}/${figures.termMessages}`,
    String(figures.errors),
    `${figures.peakRssMb.toFixed(0)}MB`,
    Number.isFinite(figures.cpuPerEventUs) ? `${figures.cpuPerEventUs.toFixed(0)}µs` : "-",
    `${figures.instanceCpuPercent.toFixed(0)}%`,
    `${figures.benchCpuPercent.toFixed(0)}%`,
  ];
  return cells.map((cell, index) => cell.padStart(COLUMNS[index]?.[1] ?? 0)).join(" ");
}
