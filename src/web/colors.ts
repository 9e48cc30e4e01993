/** Colour scales shared by the views. */

/** A sequential scale (light → dark red-brown) for counts, on a log scale up to max. */
const SEQ = ['#fdf0e2', '#fbd5ae', '#f7b279', '#f08a4b', '#dc5f2b', '#b63c17', '#84260c'];
export function countColor(n: number, max: number): string {
  if (n <= 0 || max <= 0) return '#e8eaee';
  const t = Math.log1p(n) / Math.log1p(max);
  return SEQ[Math.min(SEQ.length - 1, Math.floor(t * (SEQ.length - 1e-9)))]!;
}

/** Alert level by surprise (−log10 p): amber → dark red. */
const ALERT = ['#fde7a8', '#f9b24e', '#ef6a32', '#c9242b', '#7f0d1e'];
export function alertColor(surprise: number): string {
  if (surprise <= 0) return '#e8eaee';
  return ALERT[Math.min(ALERT.length - 1, Math.max(0, Math.floor(surprise - 2)))]!;
}

/** Cooperation (+10, green-blue) through neutral grey to conflict (−10, red). */
export function intensityColor(x: number): string {
  const t = Math.max(-1, Math.min(1, x / 10));
  const mix = (a: number[], b: number[], k: number) => a.map((v, i) => Math.round(v + (b[i]! - v) * k));
  const grey = [150, 150, 160];
  const rgb = t < 0 ? mix(grey, [204, 32, 39], -t) : mix(grey, [26, 140, 120], t);
  return `rgb(${rgb.join(',')})`;
}

/** One colour per PLOVER type, conflictual types warm, cooperative cool. */
export const TYPE_COLORS: Record<string, string> = {
  AGREE: '#1a8c78', CONSULT: '#2b7bb9', SUPPORT: '#58a55c', CONCEDE: '#7fb8a4', COOPERATE: '#3f9fd0', AID: '#8ac926',
  RETREAT: '#9e9ac8', REQUEST: '#6a6fb5', ACCUSE: '#e0a21b', REJECT: '#c98a2e', THREATEN: '#e8702a', PROTEST: '#b5651d',
  SANCTION: '#a0522d', MOBILIZE: '#8c564b', COERCE: '#d04a6a', ASSAULT: '#c4161c',
};
export const typeColor = (t: string): string => TYPE_COLORS[t] ?? '#777';
