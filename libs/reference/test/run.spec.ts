// runAlgorithm: the in-process entry point the judge uses.
import * as tf from '@tensorflow/tfjs';
import { runAlgorithm } from '../src';
import { loadFixtureFiles } from './fixture-files';

describe('runAlgorithm', () => {
  test('returns the output with real numbers (non-finite ones as numbers, not strings)', async () => {
    const result = await runAlgorithm('nn.activation', { name: 'log_softmax', x: [0, 1e4] });
    expect(result).toEqual({ output: { y: [-10000, 0] } });
  });

  test('unknown ids and invalid inputs come back as errors, never thrown', async () => {
    expect(await runAlgorithm('nope', {})).toEqual({ error: { code: 'UNKNOWN_ALGORITHM', message: 'unknown algorithm id "nope"' } });
    expect(await runAlgorithm('nn.activation', null)).toEqual({ error: { code: 'INVALID_INPUT', message: 'input: expected a JSON object but got null' } });
    expect(await runAlgorithm('nn.activation', 'text')).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  test('accepts non-finite inputs as strings where a field allows them', async () => {
    // dropout requires finite inputs: the string form is read and then refused like NaN.
    expect(await runAlgorithm('layers.dropout', { x: ['NaN'], p: 0.5, u: [0.1] })).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  test('leaves no tfjs tensors behind (a long-running judge would leak memory)', async () => {
    const input = { x: [[[1, 2], [3, 4], [5, 6]]], w_ih: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8]], w_hh: [[0.1], [0.2], [0.3], [0.4]], b_ih: [0, 0, 0, 0], b_hh: [0, 0, 0, 0] };
    await runAlgorithm('layers.lstm', input); // warm-up (backend init may allocate)
    const before = tf.memory().numTensors;
    for (const id of ['layers.lstm', 'nn.activation']) {
      await runAlgorithm(id, id === 'layers.lstm' ? input : { name: 'softmax', x: [[1, 2]] });
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  test('group A algorithms leave no tensors behind on any fixture case, valid or not', async () => {
    await runAlgorithm('nn.activation', { name: 'relu', x: [1] });
    const before = tf.memory().numTensors;
    for (const f of loadFixtureFiles().filter((file) => file.file.startsWith('group-a/'))) {
      for (const c of f.cases) await runAlgorithm(f.id, c.input);
      expect({ id: f.id, tensors: tf.memory().numTensors }).toEqual({ id: f.id, tensors: before });
    }
  });
});
