import { describe, expect, it } from 'vitest';
import {
  coincidenceMatrix,
  krippendorffAlpha,
  percentAgreement,
  type MeasurementLevel,
  type ReliabilityData,
} from './krippendorff.js';
import { seededRandom } from '../test-support/prng.js';

const LEVELS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Coders as rows (the layout papers print) → units × coders (the layout the API takes). */
function byCoders(coders: ReadonlyArray<ReadonlyArray<number | null>>): (number | null)[][] {
  const units = Math.max(...coders.map((c) => c.length));
  return Array.from({ length: units }, (_, u) => coders.map((c) => c[u] ?? null));
}

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": the worked example with
 * 4 coders (A–D) × 12 units, values 1–5 and missing data. Also the matrix used by the Python
 * `krippendorff` package's tests (test_ordinal_metric, test_ratio_metric).
 */
const PAPER_4x12 = byCoders([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

/** Krippendorff (2011), first example: binary data, 2 coders × 10 units, nothing missing. */
const PAPER_BINARY = byCoders([
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]);

/**
 * The Python `krippendorff` package (pln-fing-udelar/fast-krippendorff), tests and docstring:
 * 3 coders × 15 units (the Wikipedia example).
 */
const PY_3x15 = byCoders([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

function alpha(data: ReliabilityData, level: MeasurementLevel): number | null {
  return krippendorffAlpha(data, level).alpha;
}

function randomData(random: () => number, units: number, coders: number, values: readonly number[], missing = 0.3): (number | null)[][] {
  return Array.from({ length: units }, () =>
    Array.from({ length: coders }, () => (random() < missing ? null : values[Math.floor(random() * values.length)]!)),
  );
}

/**
 * Literal transcription of the paper's formulas, quadratic in everything: enumerate every
 * ordered pair of values from different coders, build dense o_ck, take δ² straight from the
 * definitions (ordinal as Σ_{g=c..k} n_g − (n_c + n_k)/2). Used to cross-check the fast path.
 */
function referenceAlpha(data: ReliabilityData, level: MeasurementLevel): number | null {
  const pairable = data.map((row) => row.filter((v): v is number => v !== null)).filter((vs) => vs.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  if (values.length < 2) return null;
  const idx = (v: number): number => values.indexOf(v);
  const o = values.map(() => values.map(() => 0));
  for (const vs of pairable) {
    for (let i = 0; i < vs.length; i++) {
      for (let j = 0; j < vs.length; j++) {
        if (i !== j) o[idx(vs[i]!)]![idx(vs[j]!)]! += 1 / (vs.length - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nc.reduce((s, x) => s + x, 0);
  const delta = (i: number, j: number): number => {
    const c = values[i]!;
    const k = values[j]!;
    switch (level) {
      case 'nominal':
        return c === k ? 0 : 1;
      case 'interval':
        return (c - k) ** 2;
      case 'ratio':
        return c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2;
      case 'ordinal': {
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        let s = 0;
        for (let g = lo; g <= hi; g++) s += nc[g]!;
        return (s - (nc[i]! + nc[j]!) / 2) ** 2;
      }
    }
  };
  let dObs = 0;
  let dExp = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values.length; j++) {
      dObs += o[i]![j]! * delta(i, j);
      dExp += nc[i]! * nc[j]! * delta(i, j);
    }
  }
  return 1 - (dObs / n) / (dExp / (n * (n - 1)));
}

describe('krippendorffAlpha: published values', () => {
  it('matches Krippendorff (2011) binary example: nominal α = 0.095', () => {
    const result = krippendorffAlpha(PAPER_BINARY, 'nominal');
    expect(result.alpha).toBeCloseTo(0.095, 3);
    // Exactly 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 19·4/(14·6).
    expect(result.alpha).toBeCloseTo(1 - (19 * 4) / 84, 12);
    expect(result.units).toBe(10);
    expect(result.pairableValues).toBe(20);
    expect(coincidenceMatrix(PAPER_BINARY).matrix).toEqual([
      [10, 4],
      [4, 2],
    ]);
  });

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('matches Krippendorff (2011) 4 coders × 12 units: %s α = %s', (level, expected) => {
    const result = krippendorffAlpha(PAPER_4x12, level);
    expect(result.alpha).not.toBeNull();
    expect(Math.round(result.alpha! * 1000) / 1000).toBe(expected);
    // Unit 12 has a single value (B = 3): ignored.
    expect(result.units).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.values).toEqual([1, 2, 3, 4, 5]);
    expect(result.frequencies).toEqual([9, 13, 10, 5, 3]);
  });

  it('reproduces the paper’s coincidence matrix for the 4 × 12 example', () => {
    const { matrix, frequencies, values } = coincidenceMatrix(PAPER_4x12);
    const third = 1 / 3;
    const expected = [
      [7, 4 * third, third, third, 0],
      [4 * third, 10, 4 * third, third, 0],
      [third, 4 * third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    expect(values).toEqual([1, 2, 3, 4, 5]);
    matrix.forEach((row, i) => row.forEach((o, j) => expect(o).toBeCloseTo(expected[i]![j]!, 12)));
    // Row sums are the marginals n_c.
    matrix.forEach((row, i) => expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(frequencies[i]!, 12));
  });

  it('uses rank positions for ordinal δ² (paper: δ²(1,2) = (9 + 13 − 11)² = 121)', () => {
    // Relabelling the values with any increasing map leaves ordinal alpha unchanged; interval
    // alpha would change, which shows ordinal does not use the raw numbers.
    const relabel = new Map([[1, -7], [2, 0], [3, 0.5], [4, 40], [5, 1000]]);
    const relabelled = PAPER_4x12.map((row) => row.map((v) => (v === null ? null : relabel.get(v)!)));
    expect(alpha(relabelled, 'ordinal')).toBeCloseTo(alpha(PAPER_4x12, 'ordinal')!, 12);
    expect(alpha(relabelled, 'interval')).not.toBeCloseTo(alpha(PAPER_4x12, 'interval')!, 3);
    const { observedDisagreement, expectedDisagreement } = krippendorffAlpha([[1, 2], [2, 1]], 'ordinal');
    // n_1 = n_2 = 2: δ²(1,2) = (2 + 2 − 2)² = 4; D_o = (1/4)·(2·2·4) = 4 (o_12 = o_21 = 2).
    expect(observedDisagreement).toBe(4);
    // D_e = (1/(4·3))·(2·2·2·4) = 8/3.
    expect(expectedDisagreement).toBeCloseTo(8 / 3, 12);
  });

  it('matches the Python krippendorff package’s test values', () => {
    // test_nominal_metric_reliability_data / test_interval_metric (6 decimals).
    expect(alpha(PY_3x15, 'nominal')!.toFixed(6)).toBe('0.691358');
    expect(alpha(PY_3x15, 'interval')!.toFixed(6)).toBe('0.810845');
    // test_ordinal_metric, test_ratio_metric (3 decimals): the paper's 4 × 12 matrix. The package
    // also passes value_domain=[1..5] (and string labels with an ordered domain) and still gets
    // 0.815: domain values with no pairable occurrence have n_g = 0 and add nothing to
    // Σ n_g, so only the order of the values matters. Here the order is numeric.
    expect(alpha(PAPER_4x12, 'ordinal')!.toFixed(3)).toBe('0.815');
    expect(alpha(PAPER_4x12, 'ratio')!.toFixed(3)).toBe('0.797');
    // test_ratio_metric_with_zeros: zeros are allowed at ratio level.
    expect(alpha(byCoders([[0, 1, 2], [0, 1, 2]]), 'ratio')).toBe(1);
    // test_string_labels_nominal, labels coded pos=1, neg=2, neu=3.
    const labels = byCoders([
      [1, 2, 3, _],
      [1, 2, 3, 1],
      [1, 2, 1, 1],
    ]);
    expect(alpha(labels, 'nominal')!.toFixed(6)).toBe('0.722222');
    // Docstring, sequence-of-dicts example: interval α = 0.883.
    expect(alpha([[1, 1, _], [2, 2, 2], [3, 4, 3]], 'interval')!.toFixed(3)).toBe('0.883');
  });
});

describe('krippendorffAlpha: edge cases and null rule', () => {
  it('is exactly 1 when all coders agree and at least two values are used', () => {
    const data = [[1, 1, 1], [2, 2, 2], [3, 3, null], [4, 4, 4]];
    for (const level of LEVELS) {
      const result = krippendorffAlpha(data, level);
      expect(result.alpha).toBe(1);
      expect(result.observedDisagreement).toBe(0);
    }
  });

  it('is null (not NaN) when only one value is used: D_e = 0, alpha undefined', () => {
    const data = [[3, 3], [3, 3, 3], [3, null]];
    for (const level of LEVELS) {
      const result = krippendorffAlpha(data, level);
      expect(result.alpha).toBeNull();
      expect(result.expectedDisagreement).toBe(0);
      expect(result.units).toBe(2); // [3, null] has one value: not pairable
    }
  });

  it('is null for empty input and for data with no pairable unit', () => {
    for (const data of [[], [[]], [[null, null]], [[1, null], [null, 2], [3]]] as ReliabilityData[]) {
      for (const level of LEVELS) {
        const result = krippendorffAlpha(data, level);
        expect(result.alpha).toBeNull();
        expect(result.units).toBe(0);
        expect(result.pairableValues).toBe(0);
        expect(result.observedDisagreement).toBeNull();
      }
    }
  });

  it('ignores a unit with a single rating, even one using a value seen nowhere else', () => {
    const withSingle = [...PAPER_4x12, [null, 99, null, null]];
    for (const level of LEVELS) {
      expect(krippendorffAlpha(withSingle, level)).toEqual(krippendorffAlpha(PAPER_4x12, level));
    }
  });

  it('goes negative when coders disagree systematically', () => {
    // Two coders always swap two values: D_o = 1, D_e = 32/56, α = 1 − 56/32 = −0.75.
    const data = [[1, 2], [2, 1], [1, 2], [2, 1]];
    expect(alpha(data, 'nominal')).toBeCloseTo(-0.75, 12);
    for (const level of LEVELS) expect(alpha(data, level)!).toBeLessThan(0);
  });

  it('does not depend on unit order or coder order', () => {
    const reversedUnits = [...PAPER_4x12].reverse();
    const permutedCoders = PAPER_4x12.map((row) => [row[2]!, row[0]!, row[3]!, row[1]!]);
    for (const level of LEVELS) {
      const expected = alpha(PAPER_4x12, level)!;
      expect(alpha(reversedUnits, level)).toBeCloseTo(expected, 12);
      expect(alpha(permutedCoders, level)).toBeCloseTo(expected, 12);
    }
  });

  it('accepts ragged rows (a short row means the missing coders did not rate)', () => {
    const ragged = PAPER_4x12.map((row) => {
      const copy = [...row];
      while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
      return copy;
    });
    for (const level of LEVELS) expect(alpha(ragged, level)).toBe(alpha(PAPER_4x12, level));
  });

  it('treats −0 as 0', () => {
    const result = krippendorffAlpha([[0, -0], [1, 1]], 'nominal');
    expect(result.alpha).toBe(1);
    expect(Object.is(result.values[0], 0)).toBe(true);
  });

  it('refuses non-finite values and negative ratio data', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, Infinity]], 'interval')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, -1], [2, 2]], 'ratio')).toThrow(RangeError);
    expect(alpha([[1, -1], [2, 2]], 'interval')).not.toBeNull();
  });
});

describe('krippendorffAlpha: properties', () => {
  it('agrees with a literal transcription of the paper’s formulas on random data', () => {
    const random = seededRandom(20110101);
    for (let trial = 0; trial < 60; trial++) {
      const scale = trial % 3 === 0 ? [1, 2, 3, 4, 5] : trial % 3 === 1 ? [0, 1] : [0, 0.5, 2.25, 7, 10, 31];
      const data = randomData(random, 1 + Math.floor(random() * 25), 2 + Math.floor(random() * 5), scale);
      for (const level of LEVELS) {
        const expected = referenceAlpha(data, level);
        const actual = alpha(data, level);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 9);
      }
    }
  });

  it('does not change when units with a single rating are added anywhere', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 30; trial++) {
      const data = randomData(random, 20, 4, [1, 2, 3, 4, 5]);
      const padded = [...data];
      for (let extra = 0; extra < 5; extra++) {
        const row: (number | null)[] = [null, null, null, null];
        row[Math.floor(random() * 4)] = 1 + Math.floor(random() * 9); // may be a value unused elsewhere
        padded.splice(Math.floor(random() * (padded.length + 1)), 0, row);
      }
      for (const level of LEVELS) expect(alpha(padded, level)).toBe(alpha(data, level));
    }
  });

  // Speed is measured by `npm run bench`, never asserted in tests; this checks scale only.
  it('handles 10,000 units × 10 coders', () => {
    const random = seededRandom(7);
    const data = randomData(random, 10_000, 10, [1, 2, 3, 4, 5], 0.2);
    for (const level of LEVELS) {
      const result = krippendorffAlpha(data, level);
      expect(result.units).toBe(10_000);
      // Random ratings: agreement at chance level.
      expect(Math.abs(result.alpha!)).toBeLessThan(0.02);
    }
  });

  it('handles many distinct (continuous) values without a dense matrix', () => {
    const random = seededRandom(9);
    const data = Array.from({ length: 10_000 }, () => {
      const truth = random() * 100;
      return Array.from({ length: 10 }, () => truth + random());
    });
    expect(alpha(data, 'interval')).toBeGreaterThan(0.99);
    expect(alpha(data, 'ordinal')).toBeGreaterThan(0.99);
  });
});

describe('percentAgreement', () => {
  it('is 6/10 for the paper’s binary example', () => {
    expect(percentAgreement(PAPER_BINARY)).toEqual({ agreement: 0.6, units: 10, pairs: 10, agreeingPairs: 6 });
  });

  it('pools pairs across units for the 4 × 12 example (43 of 55 pairs)', () => {
    const result = percentAgreement(PAPER_4x12);
    expect(result.units).toBe(11);
    expect(result.pairs).toBe(55);
    expect(result.agreeingPairs).toBe(43);
    expect(result.agreement).toBeCloseTo(43 / 55, 12);
  });

  it('is null without pairable data and 1 when everyone used one value', () => {
    expect(percentAgreement([]).agreement).toBeNull();
    expect(percentAgreement([[1, null], [null, 2]]).agreement).toBeNull();
    expect(percentAgreement([[3, 3], [3, 3, 3]]).agreement).toBe(1);
  });

  it('is 0 under systematic disagreement and ignores single ratings', () => {
    expect(percentAgreement([[1, 2], [2, 1], [7]]).agreement).toBe(0);
  });
});
