import { cpus, loadavg } from 'node:os';

// The frame of a long benchmark run: progress lines with the seconds elapsed, the machine and its
// load at the start and end, and a watchdog that ends a run that overruns.

export interface BenchClock {
  progress(line: string): void;
  /** The report's lines on the machine and its other load during the run. */
  machineLines(): string[];
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
  const loadAtStart = loadavg()[0] ?? 0;
  return {
    progress,
    machineLines() {
      const cpu = cpus();
      return [
        `  machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; everything on 127.0.0.1`,
        `  other load on the machine: load average ${loadAtStart.toFixed(1)} at start, ` +
          `${(loadavg()[0] ?? 0).toFixed(1)} at end (compare within one run only)`,
      ];
    },
    finish() {
      progress(` done in ${seconds()} s`);
      clearTimeout(watchdog);
    },
  };
}
