// data.mlm_mask: BERT's masked-language-model corruption with the random draws given:
// a non-special token is selected when u_select < prob; a selected token becomes mask_id when
// u_action < 0.8, random_ids[i] when u_action < 0.9, and stays otherwise. labels hold the
// original id at selected positions and -100 (ignored by the loss) elsewhere.
import { Dims, fields, type Algorithm } from '../../core';

export interface MlmMaskInput {
  ids: Float64Array;
  special: Float64Array;
  maskId: number;
  prob: number;
  uSelect: Float64Array;
  uAction: Float64Array;
  randomIds: Float64Array;
}

const IGNORE = -100;

export const mlmMask: Algorithm<MlmMaskInput> = {
  id: 'data.mlm_mask',
  exactOutputs: ['input_ids', 'labels'],
  title: 'BERT masked-language-model masking',
  seeds: ['003#§16'],

  validate(input) {
    const f = fields(input, {
      required: ['ids', 'special', 'vocab_size', 'mask_id', 'u_select', 'u_action', 'random_ids'],
      optional: ['prob'],
    });
    const vocabSize = f.integer('vocab_size', { min: 1 });
    const inVocab = { integer: true, min: 0, below: vocabSize } as const;
    const dims = new Dims();
    const draws = { shape: ['n'], dims, min: 0, below: 1 } as const;
    return {
      ids: f.tensor('ids', { shape: ['n'], dims, ...inVocab }).data,
      special: f.tensor('special', { shape: ['n'], dims, integer: true, min: 0, max: 1 }).data,
      maskId: f.integer('mask_id', { min: 0, below: vocabSize }),
      prob: f.number('prob', { min: 0, max: 1, default: 0.15 }),
      uSelect: f.tensor('u_select', draws).data,
      uAction: f.tensor('u_action', draws).data,
      randomIds: f.tensor('random_ids', { shape: ['n'], dims, ...inVocab }).data,
    };
  },

  async run({ ids, special, maskId, prob, uSelect, uAction, randomIds }) {
    const inputIds: number[] = [];
    const labels: number[] = [];
    ids.forEach((id, i) => {
      const selected = special[i] === 0 && uSelect[i] < prob;
      labels.push(selected ? id : IGNORE);
      if (!selected || uAction[i] >= 0.9) inputIds.push(id);
      else inputIds.push(uAction[i] < 0.8 ? maskId : randomIds[i]);
    });
    return { input_ids: inputIds, labels };
  },
};
