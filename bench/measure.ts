// One measured call: the service calls and cells the emulator counted, and the CPU time the process spent.
// process.cpuUsage counts user + system time of this process only, so other jobs sharing the machine's cores
// shift the figures less than wall-clock time would.
import type { Addon } from '../emulator/index';

export interface Cost {
  readonly calls: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Median CPU milliseconds over `runs`. */
  readonly cpuMs: number;
  readonly runs: number;
}

export function cpuMs(act: () => void): number {
  const start = process.cpuUsage();
  act();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return Number.NaN; // no values
  const lower = sorted.length % 2 === 1 ? upper : (sorted[middle - 1] ?? upper);
  return (lower + upper) / 2;
}

/**
 * Runs `act` on a fresh addon from `prepare` (not measured) `runs` times. Every run starts from an identical
 * workbook, so the counts of the last run stand for all of them. With `enough`, a run after which it holds
 * (its counts already settle the verdict: see ioOverLimit) is the last.
 */
export function measure(
  runs: number,
  prepare: () => Addon,
  act: (addon: Addon) => void,
  enough?: (cost: Cost) => boolean,
): Cost {
  const times: number[] = [];
  let last: Addon | undefined;
  for (let run = 0; run < runs; run += 1) {
    const addon = prepare();
    addon.counter.reset();
    times.push(cpuMs(() => act(addon)));
    last = addon;
    if (enough?.(costOf(addon, times)) === true) break;
  }
  return costOf(last, times);
}

function costOf(addon: Addon | undefined, times: readonly number[]): Cost {
  const counter = addon?.counter;
  return {
    calls: counter?.total ?? 0,
    cellsRead: counter?.cellsRead ?? 0,
    cellsWritten: counter?.cellsWritten ?? 0,
    cpuMs: median(times),
    runs: times.length,
  };
}
