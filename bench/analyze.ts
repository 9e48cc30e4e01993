import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, type BenchOptions, type BenchResult } from './section.js';

interface PeerResult {
  peer: string; articles: number; ms: number; tokens: number; found: number; loadMs: number;
  peakRssKb: number; rssAddedMb: number; timings: Record<string, number>;
}

const peerScript = fileURLToPath(new URL('./analyze-peer.js', import.meta.url));

function runPeer(peer: string, opts: BenchOptions): PeerResult {
  const dir = join(opts.shared, 'corpus', 'reuters21578');
  const out = execFileSync(process.execPath, [peerScript, peer, dir, String(opts.limit)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as PeerResult;
}

/** analyze over Reuters-21578 in one process vs compromise on the same articles, same run. */
export async function run(opts: BenchOptions): Promise<BenchResult> {
  const peers = ['steppe', 'steppe-no-model', 'compromise'].map((p) => runPeer(p, opts));
  const lines: string[] = [];
  const metrics: Record<string, number> = {};
  for (const r of peers) {
    const aps = r.articles / (r.ms / 1000);
    const tps = r.tokens / (r.ms / 1000);
    lines.push(`${r.peer.padEnd(16)} ${r.articles} articles in ${(r.ms / 1000).toFixed(1)} s: ${aps.toFixed(0)} articles/s, ${(tps / 1000).toFixed(0)}k tokens/s, peak RSS ${mb(r.peakRssKb)}, found ${r.found}`);
    metrics[`${r.peer}.articlesPerSec`] = aps;
    metrics[`${r.peer}.tokensPerSec`] = tps;
    metrics[`${r.peer}.peakRssMb`] = r.peakRssKb / 1024;
  }
  const [steppe, , compromise] = peers as [PeerResult, PeerResult, PeerResult];
  const ratio = (steppe.articles / steppe.ms) / (compromise.articles / compromise.ms);
  metrics.ratioVsCompromise = ratio;
  metrics.firstArticleMs = steppe.loadMs;
  lines.push(`steppe / compromise throughput: ${ratio.toFixed(1)}× (target ≥ 10×)`);
  lines.push(`first article (loads model and gazetteers): ${steppe.loadMs.toFixed(0)} ms`);
  const total = Object.values(steppe.timings).reduce((a, b) => a + b, 0);
  lines.push('steppe time by stage: ' + Object.entries(steppe.timings).map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)}%`).join(', '));
  return { name: 'analyze throughput (Reuters-21578)', lines, metrics };
}
