import { questionsByKind, type CodingQuestion } from '../index';
import { outputChecks, outputChecksText } from './output-checks';

const coding = questionsByKind.CODING as readonly CodingQuestion[];
const quantize = coding.find((q) => q.slug === 'code-compress-quantize')!;

describe('output checks stated to candidates', () => {
  it('lists exact fields and tolerances field by field', () => {
    expect(outputChecks(quantize)).toEqual([
      { field: 'q', exact: true, rtol: null, atol: null },
      { field: 'scale', exact: false, rtol: 1e-4, atol: 1e-5 },
      { field: 'zero_point', exact: true, rtol: null, atol: null },
      { field: 'dequantized', exact: false, rtol: 1e-4, atol: 1e-5 },
      { field: 'max_abs_error', exact: false, rtol: 1e-4, atol: 1e-5 },
    ]);
  });

  it('groups fields by rule in the text, in both languages', () => {
    const text = outputChecksText(quantize);
    expect(text.en).toContain('`q`, `zero_point` must match exactly');
    expect(text.en).toContain('`scale`, `dequantized`, `max_abs_error` are compared element by element within |yours − expected| ≤ 0.00001 + 0.0001·|expected|');
    expect(text.zh).toContain('`q`、`zero_point` 必须完全一致');
  });

  it('closes the statement of every coding question, naming every checked field', () => {
    for (const q of coding) {
      for (const lang of ['en', 'zh'] as const) {
        const prompt = q.prompt[lang];
        const rules = prompt.slice(prompt.lastIndexOf(lang === 'en' ? 'How it is checked:' : '评判方式：'));
        expect(rules.length).toBeGreaterThan(20);
        for (const field of q.checkedFields) expect(`${q.slug} ${lang}: ${rules}`).toContain(`\`${field}\``);
      }
    }
  });
});
