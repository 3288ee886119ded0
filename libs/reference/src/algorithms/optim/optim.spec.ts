// Behaviour that the golden fixtures reach only partly: properties that must hold for any
// input, and choices documented in docs/reference-algorithms.md.
import { runAlgorithm } from '../../index';

describe('optim.run fields that the optimizer does not take', () => {
  const input = { optimizer: 'adam', lr: 0.1, params: [[1, 2]], grads: [[[0.5, -0.5]]] };
  test('are accepted at their default value and rejected otherwise', async () => {
    const ok = await runAlgorithm('optim.run', { ...input, momentum: 0, nesterov: false, alpha: 0.99 });
    expect('output' in ok).toBe(true);
    const bad = await runAlgorithm('optim.run', { ...input, alpha: 0.9 });
    expect('error' in bad && bad.error.message).toMatch(/adam takes no alpha/);
  });
});
