import { performance } from 'node:perf_hooks';

/**
 * Runs `fn` `repeat` times (after one warm-up when `warmup`), returning the best wall time in
 * milliseconds and the peak RSS growth observed (MiB). Best-of-N is the most stable figure on a
 * shared machine.
 */
export async function measure(fn, { repeat = 3, warmup = true } = {}) {
  if (warmup) await fn();
  let best = Infinity;
  let peak = 0;
  for (let i = 0; i < repeat; i++) {
    globalThis.gc?.();
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    best = Math.min(best, dt);
    peak = Math.max(peak, (process.memoryUsage().rss - rss0) / 1048576);
  }
  return { ms: best, peakMiB: peak };
}

/** Formats a result line: name, time, baseline time and the ratio. */
export function ratioLine(name, result, baseline, extra = '') {
  const ratio = result.ms / baseline.ms;
  return `${name.padEnd(44)} ${result.ms.toFixed(1).padStart(9)} ms   baseline ${baseline.ms.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2).padStart(7)}x${extra ? `   ${extra}` : ''}`;
}
