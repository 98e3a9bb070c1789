/**
 * Inter-rater agreement: Krippendorff's alpha and plain pairwise percent agreement.
 *
 * Follows the coincidence-matrix formulation of K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011, Annenberg School for Communication Departmental Papers 43):
 *
 *   - a unit counts only if it holds m_u ≥ 2 values ("pairable"); n = Σ m_u over those units;
 *   - coincidences o_ck = Σ_u (number of ordered c–k pairs from different coders in u) / (m_u − 1);
 *   - marginals n_c = Σ_k o_ck;
 *   - D_o = (1/n) Σ_c Σ_k o_ck δ²_ck,  D_e = 1/(n(n−1)) Σ_c Σ_k n_c n_k δ²_ck,  α = 1 − D_o / D_e.
 *
 * Platform-free (shared/): no DOM, no Node. Nothing here knows about Warrant's rating scale;
 * callers map their categories onto numbers (see README.md).
 */

/** Stevens' level of measurement, which picks the difference function δ². */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Reliability data: one row per unit (e.g. a claim), one column per coder (rater).
 * `null` (or an absent entry in a short row) means the coder did not rate that unit.
 * Values must be finite numbers; for `ratio` they must also be ≥ 0.
 */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<number | null>>;

/** Outcome of {@link krippendorffAlpha}. */
export interface AlphaResult {
  /**
   * Krippendorff's alpha: 1 is perfect agreement, 0 is agreement at chance level, below 0 is
   * systematic disagreement. `null` when alpha is undefined (see {@link krippendorffAlpha}).
   */
  alpha: number | null;
  /** The level of measurement used. */
  level: MeasurementLevel;
  /** Units with at least two values (the only ones that count). */
  units: number;
  /** n: the number of values in those units. */
  pairableValues: number;
  /** Distinct values among the pairable values, ascending. */
  values: number[];
  /** n_c: how often each entry of `values` occurs among the pairable values (same order). */
  frequencies: number[];
  /** D_o; `null` without pairable data. */
  observedDisagreement: number | null;
  /** D_e; `null` without pairable data, 0 when only one value occurs. */
  expectedDisagreement: number | null;
}

/** Outcome of {@link percentAgreement}. */
export interface PercentAgreementResult {
  /** Share of within-unit coder pairs whose values are equal; `null` when there is no pair. */
  agreement: number | null;
  /** Units with at least two values. */
  units: number;
  /** Unordered pairs of values from different coders within the same unit. */
  pairs: number;
  /** Of those pairs, how many hold equal values. */
  agreeingPairs: number;
}

/** Dense coincidence matrix over the distinct pairable values; see {@link coincidenceMatrix}. */
export interface CoincidenceMatrix {
  /** Distinct pairable values, ascending: row/column labels. */
  values: number[];
  /** n_c for each value (the row sums of `matrix`). */
  frequencies: number[];
  /** `matrix[i][j]` = o_ck for c = values[i], k = values[j]; symmetric. */
  matrix: number[][];
  /** Units with at least two values. */
  units: number;
  /** n = Σ n_c. */
  pairableValues: number;
}

/**
 * Krippendorff's alpha for `data` (units × coders, `null` = missing) at the given level.
 *
 * Difference functions δ²_ck (Krippendorff 2011):
 * - `nominal`: 0 if c = k, else 1;
 * - `ordinal`: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with n_g the marginal frequencies of the
 *   ordered values that occur. Only the order of the numbers matters, not their spacing:
 *   any strictly increasing relabelling gives the same alpha;
 * - `interval`: (c − k)²;
 * - `ratio`: ((c − k)/(c + k))²; values must be ≥ 0.
 *
 * Units with fewer than two values are ignored entirely (they cannot be paired), so adding or
 * removing such units never changes the result.
 *
 * **Null rule.** `alpha` is `null`, never NaN, when it is undefined:
 * - no unit has two or more values (no pairable data, including empty input); or
 * - all pairable values are the same single value, so D_e = 0 and α = 0/0. Krippendorff treats
 *   this as undefined: without variation the data cannot show whether coders can tell values
 *   apart. So unanimous data using one value gives `null`, while unanimous data using two or
 *   more values gives exactly 1. Show `null` as "not enough variation to judge", not as 1.
 *
 * Cost: O(Σ_u m_u log m_u + Σ_u d_u²) for d_u distinct values in unit u, i.e. O(units × coders²)
 * at worst, plus O(V log V) over the V distinct values (O(V²) for `ratio`, whose expected
 * disagreement has no closed form; fine for rating scales). Memory is linear in the values.
 *
 * @throws RangeError for a non-finite value, or a negative value at `ratio` level.
 */
export function krippendorffAlpha(data: ReliabilityData, level: MeasurementLevel): AlphaResult {
  const tab = tabulate(data);
  if (level === 'ratio' && tab.minValue < 0) {
    throw new RangeError(`Krippendorff's alpha: ratio data must be ≥ 0 (got ${tab.minValue}).`);
  }
  const base = {
    level,
    units: tab.units,
    pairableValues: tab.n,
    values: tab.values,
    frequencies: tab.frequencies,
  };
  if (tab.n === 0) {
    return { ...base, alpha: null, observedDisagreement: null, expectedDisagreement: null };
  }
  if (tab.values.length < 2) {
    // Decided structurally rather than by testing D_e === 0, which rounding could miss.
    return { ...base, alpha: null, observedDisagreement: 0, expectedDisagreement: 0 };
  }

  // Ordinal δ² is the interval δ² on mid-rank positions (see ordinalPositions), so map the
  // values once and reuse the interval arithmetic.
  const position = level === 'ordinal' ? ordinalPositions(tab) : null;
  const scaled = position ? tab.values.map((v) => position.get(v)!) : tab.values;
  const unitScaled = position ? tab.unitValues.map((v) => position.get(v)!) : tab.unitValues;
  const delta = differenceFunction(level);

  // Both sums run over ordered pairs (c, k), as in the paper's Σ_c Σ_k. Σ_c Σ_k o_ck δ²_ck is
  // accumulated unit by unit (o_ck is a sum over units), over each unit's distinct values, so
  // no V × V matrix is ever built and δ²_cc = 0 needs no work.
  let observedSum = 0;
  for (let u = 0; u < tab.units; u++) {
    const w = 2 / (tab.unitSize[u]! - 1);
    const end = tab.unitStart[u + 1]!;
    for (let i = tab.unitStart[u]!; i < end; i++) {
      const ci = tab.unitCounts[i]!;
      const xi = unitScaled[i]!;
      for (let j = i + 1; j < end; j++) observedSum += w * ci * tab.unitCounts[j]! * delta(xi, unitScaled[j]!);
    }
  }
  const expectedSum = expectedPairSum(level, scaled, tab.frequencies, tab.n, delta);

  const n = tab.n;
  const observedDisagreement = observedSum / n;
  const expectedDisagreement = expectedSum / (n * (n - 1));
  // 1 − (n − 1)·ΣoΔ / ΣnnΔ is the same ratio with fewer roundings than D_o / D_e.
  const alpha = 1 - ((n - 1) * observedSum) / expectedSum;
  return { ...base, alpha, observedDisagreement, expectedDisagreement };
}

/**
 * Pairwise percent agreement: over all pairable units, the share of unordered pairs of values
 * from different coders within the same unit that are exactly equal,
 * Σ_u Σ_c C(n_uc, 2) / Σ_u C(m_u, 2).
 *
 * Pairs are pooled, so a unit rated by more coders weighs more (m_u(m_u − 1)/2 pairs). This
 * differs from alpha's observed agreement (1 − D_o at nominal level), which weighs each
 * pairable value equally. It is not corrected for chance: report it next to alpha, not
 * instead of it.
 *
 * Same null rule as {@link krippendorffAlpha} for missing data: `agreement` is `null` when no
 * unit has two values. Unlike alpha it is defined (1) when everyone used one single value.
 *
 * @throws RangeError for a non-finite value.
 */
export function percentAgreement(data: ReliabilityData): PercentAgreementResult {
  let units = 0;
  let pairs = 0;
  let agreeingPairs = 0;
  forEachPairableUnit(data, (_distinct, counts, m) => {
    units++;
    pairs += (m * (m - 1)) / 2;
    for (const count of counts) agreeingPairs += (count * (count - 1)) / 2;
  });
  return { agreement: pairs === 0 ? null : agreeingPairs / pairs, units, pairs, agreeingPairs };
}

/**
 * The coincidence matrix o_ck over the distinct pairable values, dense, for display or
 * checking. Memory is O(V²) in the number V of distinct values, so meant for rating scales;
 * {@link krippendorffAlpha} never builds it (it sums o_ck·δ²_ck unit by unit).
 *
 * @throws RangeError for a non-finite value.
 */
export function coincidenceMatrix(data: ReliabilityData): CoincidenceMatrix {
  const tab = tabulate(data);
  const index = new Map<number, number>();
  tab.values.forEach((v, i) => index.set(v, i));
  const matrix = tab.values.map(() => tab.values.map(() => 0));
  for (let u = 0; u < tab.units; u++) {
    // Each ordered pair of values from different coders adds 1/(m_u − 1): every value then
    // contributes exactly 1 in total, which is why the row sums are the marginals n_c.
    const w = 1 / (tab.unitSize[u]! - 1);
    const end = tab.unitStart[u + 1]!;
    for (let i = tab.unitStart[u]!; i < end; i++) {
      const a = index.get(tab.unitValues[i]!)!;
      const ci = tab.unitCounts[i]!;
      matrix[a]![a]! += ci * (ci - 1) * w;
      for (let j = i + 1; j < end; j++) {
        const b = index.get(tab.unitValues[j]!)!;
        const o = ci * tab.unitCounts[j]! * w;
        matrix[a]![b]! += o;
        matrix[b]![a]! += o;
      }
    }
  }
  return { values: tab.values, frequencies: tab.frequencies, matrix, units: tab.units, pairableValues: tab.n };
}

// ---------------------------------------------------------------------------------------------

/**
 * The pairable units in compact form, plus the marginals. Unit u (0-based among pairable
 * units) holds the distinct values unitValues[unitStart[u] .. unitStart[u + 1]), ascending,
 * with their counts n_uc in unitCounts, and m_u = unitSize[u] values in all. This is the
 * coincidence matrix before summing over units: alpha reads it directly, because with many
 * distinct values (continuous interval data) a V × V matrix would not fit, while this stays
 * linear in the number of values.
 */
interface Tabulation {
  units: number;
  n: number;
  /** Distinct pairable values, ascending. */
  values: number[];
  /** n_c aligned with `values`. */
  frequencies: number[];
  unitStart: number[];
  unitValues: number[];
  unitCounts: number[];
  unitSize: number[];
  /** Smallest value seen anywhere, pairable or not (for the ratio-level check); +∞ if none. */
  minValue: number;
}

function tabulate(data: ReliabilityData): Tabulation {
  const marginals = new Map<number, number>();
  const unitStart: number[] = [0];
  const unitValues: number[] = [];
  const unitCounts: number[] = [];
  const unitSize: number[] = [];
  let n = 0;
  const minValue = forEachPairableUnit(data, (distinct, counts, m) => {
    n += m;
    unitSize.push(m);
    for (let i = 0; i < distinct.length; i++) {
      const c = distinct[i]!;
      const nc = counts[i]!;
      marginals.set(c, (marginals.get(c) ?? 0) + nc);
      unitValues.push(c);
      unitCounts.push(nc);
    }
    unitStart.push(unitValues.length);
  });
  const values = [...marginals.keys()].sort((a, b) => a - b);
  const frequencies = values.map((v) => marginals.get(v)!);
  return { units: unitSize.length, n, values, frequencies, unitStart, unitValues, unitCounts, unitSize, minValue };
}

/**
 * Calls `visit` for each unit with ≥ 2 values, with its distinct values ascending, their
 * counts and m_u. The arrays are reused between calls. Returns the smallest value seen.
 */
function forEachPairableUnit(
  data: ReliabilityData,
  visit: (distinct: readonly number[], counts: readonly number[], m: number) => void,
): number {
  const values: number[] = [];
  const distinct: number[] = [];
  const counts: number[] = [];
  let minValue = Infinity;
  for (let u = 0; u < data.length; u++) {
    const row = data[u];
    if (!row) continue;
    values.length = 0;
    for (let coder = 0; coder < row.length; coder++) {
      const v = row[coder];
      if (v === null || v === undefined) continue; // undefined: a hole or short row, also missing
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`Agreement data: unit ${u}, coder ${coder} is ${String(v)}; use null for missing.`);
      }
      // Normalise −0 so that it is the same value as 0 everywhere, including in output.
      values.push(v === 0 ? 0 : v);
      if (v < minValue) minValue = v;
    }
    const m = values.length;
    if (m < 2) continue;
    values.sort((a, b) => a - b);
    distinct.length = 0;
    counts.length = 0;
    for (const v of values) {
      if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]!++;
      else {
        distinct.push(v);
        counts.push(1);
      }
    }
    visit(distinct, counts, m);
  }
  return minValue;
}

/**
 * δ²(c, k) for two *different* values (callers never pass equal ones: δ²_cc = 0 at every
 * level). For `ordinal`, c and k are already mid-rank positions (see ordinalPositions).
 */
function differenceFunction(level: MeasurementLevel): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return () => 1;
    case 'ordinal':
    case 'interval':
      return (c, k) => (c - k) ** 2;
    case 'ratio':
      // Values are ≥ 0 and different, so c + k > 0.
      return (c, k) => ((c - k) / (c + k)) ** 2;
  }
}

/**
 * For each value c: a_c = (Σ_{g<c} n_g) + n_c/2. Then for c < k,
 * Σ_{g=c..k} n_g − (n_c + n_k)/2 = a_k − a_c, so Krippendorff's ordinal δ²_ck = (a_k − a_c)²:
 * the ordinal metric is the interval metric on these mid-rank positions. That identity lets
 * the expected disagreement use the interval closed form instead of a double loop.
 */
function ordinalPositions(tab: Tabulation): Map<number, number> {
  const position = new Map<number, number>();
  let below = 0;
  tab.values.forEach((v, i) => {
    const nv = tab.frequencies[i]!;
    position.set(v, below + nv / 2);
    below += nv;
  });
  return position;
}

/**
 * Σ_c Σ_k n_c n_k δ²_ck over ordered pairs, in closed form where one exists. `values` are
 * distinct and ascending (mid-rank positions for ordinal), `frequencies` their n_c.
 */
function expectedPairSum(
  level: MeasurementLevel,
  values: readonly number[],
  frequencies: readonly number[],
  n: number,
  delta: (c: number, k: number) => number,
): number {
  switch (level) {
    case 'nominal': {
      // Σ_{c≠k} n_c n_k = n² − Σ n_c² (exact in integers).
      let squares = 0;
      for (const nc of frequencies) squares += nc * nc;
      return n * n - squares;
    }
    case 'ordinal':
    case 'interval':
      return pairedSquaredDistances(values, frequencies, n);
    case 'ratio': {
      // No closed form: O(V²) over distinct values.
      let sum = 0;
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          sum += 2 * frequencies[i]! * frequencies[j]! * delta(values[i]!, values[j]!);
        }
      }
      return sum;
    }
  }
}

/**
 * Σ_c Σ_k n_c n_k (x_c − x_k)² = 2n Σ_c n_c (x_c − x̄)², with x̄ the weighted mean. Centring
 * first keeps it accurate when values are large but close together (unlike 2nΣx² − 2(Σx)²).
 */
function pairedSquaredDistances(xs: readonly number[], weights: readonly number[], n: number): number {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += weights[i]! * xs[i]!;
  const mean = total / n;
  let squares = 0;
  for (let i = 0; i < xs.length; i++) squares += weights[i]! * (xs[i]! - mean) ** 2;
  return 2 * n * squares;
}
