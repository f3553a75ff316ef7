/**
 * A one-line progress indicator on stderr for long runs: `files done/total, rate, time left`,
 * redrawn in place. Silent when stderr is not a terminal or `CI` is set (logs stay clean), and
 * for the first seconds of a run, so short runs print nothing extra.
 */
export interface Progress {
  /** For `run({ onProgress })`. */
  update(done: number, total: number): void;
  /** Says what runs after the per-article stages (no count there). */
  phase(label: string): void;
  /** Clears the line. */
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Show nothing before this many milliseconds (default 2000). */
  delayMs?: number;
  enabled?: boolean;
}

export function createProgress(o: ProgressOptions = {}): Progress {
  const stream = o.stream ?? process.stderr;
  const enabled = o.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const delay = o.delayMs ?? 2000;
  const t0 = performance.now();
  let last = 0;
  let shown = false;
  const draw = (line: string) => {
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${line.slice(0, width).padEnd(shown ? width : 0)}`);
    shown = true;
  };
  return {
    update(done, total) {
      if (!enabled) return;
      const now = performance.now();
      if (now - t0 < delay || (now - last < 100 && done < total)) return;
      last = now;
      const s = (now - t0) / 1000;
      const rate = done / s;
      const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      const pct = total ? Math.floor((done / total) * 100) : 100;
      draw(`reportage: ${done}/${total} files (${pct}%), ${Math.round(rate)}/s, ~${left}s left`);
    },
    phase(label) {
      if (enabled && performance.now() - t0 >= delay) draw(`reportage: ${label}`);
    },
    stop() {
      if (shown) stream.write(`\r${' '.repeat(Math.max(20, (stream.columns || 80) - 1))}\r`);
      shown = false;
    },
  };
}
