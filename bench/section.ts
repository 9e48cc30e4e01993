/** One benchmark section: lines for a person and numbers for bench/out/report.json. */
export interface BenchResult {
  name: string;
  lines: string[];
  metrics: Record<string, number>;
}

export type BenchSection = (opts: BenchOptions) => Promise<BenchResult>;

export interface BenchOptions {
  /** cap on articles per run (BENCH_LIMIT), for a quick run */
  limit: number;
  shared: string;
}

export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
export const peakRssKb = () => process.resourceUsage().maxRSS;
