/** Tail probabilities for the alert test. */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; ~1e-15 relative). */
export function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln P(X = k) for X ~ Poisson(λ). */
const lnTerm = (k: number, lambda: number): number => -lambda + k * Math.log(lambda) - lnGamma(k + 1);

/**
 * P(X ≥ x) for X ~ Poisson(λ), exact to double precision: sums the upper terms outward from x
 * when x ≥ λ, else 1 − the lower terms summed downward from x − 1 (no underflow for large λ).
 */
export function poissonUpper(x: number, lambda: number): number {
  if (x <= 0) return 1;
  if (lambda <= 0) return 0;
  if (x >= lambda) {
    let term = Math.exp(lnTerm(x, lambda));
    let sum = term;
    for (let k = x + 1; term > sum * 1e-17; k++) {
      term *= lambda / k;
      sum += term;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(lnTerm(x - 1, lambda));
  let sum = term;
  for (let k = x - 1; k > 0 && term > sum * 1e-17; k--) {
    term *= k / lambda;
    sum += term;
  }
  return Math.max(0, 1 - sum);
}

/** −log10 p, capped so that p = 0 (underflow) still ranks as the most surprising. */
export const surprise = (p: number): number => (p > 0 ? -Math.log10(p) : 320);

/** ln P(X = k) for X ~ NegBin(r, q): Γ(k+r)/(Γ(r) k!) q^r (1−q)^k. */
const lnNbTerm = (k: number, r: number, q: number): number =>
  lnGamma(k + r) - lnGamma(r) - lnGamma(k + 1) + r * Math.log(q) + k * Math.log1p(-q);

/**
 * P(X ≥ x) for X ~ NegBin(r, q) (mean r(1−q)/q). This is the predictive law of a Poisson count
 * whose rate has a Gamma(r, rate β) posterior, with q = β / (β + 1).
 */
export function negbinUpper(x: number, r: number, q: number): number {
  if (x <= 0) return 1;
  if (q >= 1) return 0;
  const mean = (r * (1 - q)) / q;
  if (x >= mean) {
    let term = Math.exp(lnNbTerm(x, r, q));
    let sum = term;
    for (let k = x; term > sum * 1e-17; k++) {
      term *= ((k + r) / (k + 1)) * (1 - q);
      sum += term;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(lnNbTerm(x - 1, r, q));
  let sum = term;
  for (let k = x - 1; k > 0 && term > sum * 1e-17; k--) {
    term *= k / ((k - 1 + r) * (1 - q));
    sum += term;
  }
  return Math.max(0, 1 - sum);
}
