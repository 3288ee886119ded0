// Behaviour that the golden fixtures reach only partly: properties that must hold for any
// input, and choices documented in docs/reference-algorithms.md.
import { shapley } from './explain';

describe('explain.shapley', () => {
  test('16 features (the limit) run fast and satisfy efficiency and symmetry', () => {
    const n = 16;
    // v(S) = |S|² + 3·[feature 0 ∈ S]: features 1..15 are symmetric
    const values = Float64Array.from({ length: 2 ** n }, (_, m) => {
      let c = 0;
      for (let x = m; x; x &= x - 1) c++;
      return c * c + 3 * (m & 1);
    });
    const started = Date.now();
    const phi = shapley(n, values);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(values[2 ** n - 1] - values[0], 9);
    for (let i = 2; i < n; i++) expect(phi[i]).toBeCloseTo(phi[1], 9);
    expect(phi[0] - phi[1]).toBeCloseTo(3, 9);
  });
});
