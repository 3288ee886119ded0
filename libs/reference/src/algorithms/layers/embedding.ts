// layers.embedding: table lookup y[..., :] = table[ids[...], :].
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, fields, invalid, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

interface Input {
  ids: NdArray;
  table: NdArray;
}

export const embedding: Algorithm<Input> = {
  id: 'layers.embedding',
  title: 'Embedding lookup',
  seeds: ['003#§18'],
  validate(input) {
    const f = fields(input, { required: ['ids', 'table'] });
    const ids = f.tensor('ids', { integer: true });
    const table = f.tensor('table', { shape: ['v', 'd'] });
    const [v, d] = table.shape;
    ids.data.forEach((id, i) => {
      if (id < 0 || id >= v) invalid(`ids: every id must be in [0, ${v - 1}] (table has ${v} rows) but element ${i} is ${id}`);
    });
    checkElementCount('y', ids.data.length * d);
    return { ids, table };
  },
  async run({ ids, table }) {
    const d = table.shape[1];
    return computeOutputs(() => {
      const rows = tf.gather(toTf(table), tf.tensor1d(Int32Array.from(ids.data), 'int32'));
      return { y: tf.reshape(rows, [...ids.shape, d]) };
    });
  },
};
