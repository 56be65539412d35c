import { loadavg } from 'node:os';

// The frame of a long benchmark run: progress lines with the seconds elapsed, the machine's load
// when it started, and a watchdog that ends a run that overruns.

export interface BenchClock {
  loadAtStart: number;
  progress(line: string): void;
  /** Prints the total time and stops the watchdog. */
  finish(): void;
}

export function startClock(limitMs: number): BenchClock {
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${limitMs / 1000} s; stopping.`);
    process.exit(1); // the exit hook of test/support/processes.ts kills the servers
  }, limitMs);
  watchdog.unref();
  const startedAt = Date.now();
  const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(0);
  const progress = (line: string) => console.error(`[${seconds().padStart(3)} s]${line}`);
  return {
    loadAtStart: loadavg()[0] ?? 0,
    progress,
    finish() {
      progress(` done in ${seconds()} s`);
      clearTimeout(watchdog);
    },
  };
}
