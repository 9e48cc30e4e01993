import cliProgress from 'cli-progress';

export interface Counts {
  read: number;
  added: number;
  duplicates: number;
  skipped: number;
  failed: number;
  /** bytes of input whose articles are done */
  bytes: number;
}

export interface Progress {
  update(c: Counts): void;
  stop(c: Counts): void;
}

export interface ProgressOptions {
  stream: { write(chunk: string): unknown };
  /** the stream is a terminal: draw a bar */
  tty: boolean;
  /** total input bytes when known (files), for percentage and ETA */
  totalBytes: number | null;
  /** seconds between plain lines when the stream is not a terminal */
  every?: number;
  now?: () => number;
}

const done = (c: Counts) => c.added + c.duplicates + c.failed;

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** A cli-progress bar with rate and ETA on a terminal; plain periodic lines otherwise. */
export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => Date.now());
  const t0 = now();
  const rate = (c: Counts) => done(c) / Math.max((now() - t0) / 1000, 1e-3);
  const total = o.totalBytes && o.totalBytes > 0 ? o.totalBytes : null;
  if (o.tty) {
    const format = total
      ? 'ingest {bar} {percentage}% | {added} new {duplicates} dup {skipped} skipped {failed} failed | {rate}/s | ETA {eta_formatted}'
      : 'ingest | {read} read {added} new {duplicates} dup {skipped} skipped {failed} failed | {rate}/s';
    const bar = new cliProgress.SingleBar(
      { format, stream: o.stream as unknown as NodeJS.WritableStream, hideCursor: true, etaBuffer: 200, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    const payload = (c: Counts) => ({ ...c, rate: rate(c).toFixed(1) });
    bar.start(total ?? 1, 0, payload({ read: 0, added: 0, duplicates: 0, skipped: 0, failed: 0, bytes: 0 }));
    return {
      update: (c) => bar.update(total ? Math.min(c.bytes, total) : 0, payload(c)),
      stop: (c) => {
        bar.update(total ?? 1, payload(c));
        bar.stop();
      },
    };
  }
  const every = (o.every ?? 5) * 1000;
  let last = t0;
  const line = (c: Counts) => {
    const r = rate(c);
    let s = `ingest: ${c.read} read, ${c.added} new, ${c.duplicates} duplicate, ${c.skipped} skipped, ${c.failed} failed, ${r.toFixed(1)}/s`;
    if (total && c.bytes > 0) {
      const frac = Math.min(c.bytes / total, 1);
      const elapsed = (now() - t0) / 1000;
      s += `, ${(frac * 100).toFixed(0)}% ETA ${fmtSeconds((elapsed / frac) * (1 - frac))}`;
    }
    o.stream.write(`${s}\n`);
  };
  return {
    update: (c) => {
      if (now() - last >= every) {
        last = now();
        line(c);
      }
    },
    stop: () => {},
  };
}
