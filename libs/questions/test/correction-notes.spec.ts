// Correction notes must themselves be right. scripts/check_corrections.py runs each checked
// claim against the library (PyTorch) and records what it did in fixtures/correction-checks.json;
// these tests hold the notes to those observations (the Jest suite itself needs no Python).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getQuestion } from '../src';

const observed = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/correction-checks.json'), 'utf8'));
const notes = (slug: string, lang: 'en' | 'zh' = 'en') => getQuestion(slug)!.corrections.map((c) => c[lang]).join('\n');

describe('correction notes agree with what the library does', () => {
  it('s004-28: get_default_qconfig() has a default backend, quantize_dynamic takes qconfig_spec, not qconfig', () => {
    const o = observed['s004-28-realtime-inference-optimization'];
    expect(o.get_default_qconfig_without_argument_raises).toBeNull();
    const text = notes('s004-28-realtime-inference-optimization');
    expect(text).not.toMatch(/get_default_qconfig\(\)` needs a backend/);
    expect(text).toContain(`default backend (${o.get_default_qconfig_backend_default} in PyTorch ${observed.library.torch.slice(0, 4)}`);
    expect(notes('s004-28-realtime-inference-optimization', 'zh')).toContain(`PyTorch ${observed.library.torch.slice(0, 4)} 为 ${o.get_default_qconfig_backend_default}`);
    expect(o.quantize_dynamic_parameters).not.toContain('qconfig');
    expect(text).toContain('`quantize_dynamic` has no `qconfig` parameter');
    expect(o.torch_nn_utils_has_quantize_dynamic).toBe(false);
  });

  it('s004-22: the seed code fails with the exception the note names', () => {
    const o = observed['s004-22-model-compression'];
    expect(o.seed_code_raises).toBe('AttributeError');
    const [first] = getQuestion('s004-22-model-compression')!.corrections;
    for (const text of [first.en, first.zh]) {
      expect(text).toContain(o.seed_code_raises);
      // IndexError only for the hypothetical model.layer1[2], which is what nn.Sequential raises
      expect(text).toContain(o.sequential_index_out_of_range_raises);
    }
    expect(first.en).toMatch(/first pruning line raises AttributeError/);
    expect([o.torch_nn_utils_has_RemovalTensor, o.torch_nn_utils_has_model]).toEqual([false, false]);
    expect(Object.values(o.prune_module_has)).toEqual([true, true, true]);
  });

  it('s002-3: homomorphic encryption is not presented as a practical way to train a large model', () => {
    const q = getQuestion('s002-3-training-data-privacy')!;
    expect(q.modelAnswer.en).not.toMatch(/homomorphic encryption and then train the model on it, which guarantees/);
    expect(q.modelAnswer.en).toMatch(/not practical/);
    expect(q.modelAnswer.zh).toMatch(/并不现实/);
    expect(notes('s002-3-training-data-privacy')).toMatch(/orders of magnitude/);
  });
});
