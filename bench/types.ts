/**
 * One benchmark figure. Every benchmark measures a raw baseline in the same run so the
 * figure that matters is the ratio, not the absolute time on this particular machine.
 */
export interface BenchRow {
  /** e.g. "Mandate sheet PDF" */
  name: string;
  /** median milliseconds of the measured operation */
  medianMs: number;
  /** what it is compared against, e.g. "raw pdfmake one-page document" */
  baselineName?: string;
  baselineMedianMs?: number;
  /** target stated by the issue, e.g. "≤ 2× baseline" or "≤ 50 ms" */
  target: string;
  /** whether the target is met in this run */
  met: boolean;
  /** extra figures, e.g. bytes per record */
  notes?: string;
}

export interface BenchModule {
  run(): Promise<BenchRow[]>;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const timeIt = async (fn: () => unknown, runs: number, warmup = 2): Promise<number[]> => {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
};
