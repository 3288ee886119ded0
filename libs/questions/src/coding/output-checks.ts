// How the judge compares a coding question's output fields, stated for candidates. The rules
// are not secret (hidden inputs and expected values are): a candidate must be able to read which
// fields are compared exactly and the tolerance of the others, in the statement and as data.
import type { Bilingual, Tolerance } from '../types';

/** One checked output field: exact, or within atol + rtol·|expected| element by element. */
export interface OutputCheck {
  field: string;
  exact: boolean;
  rtol: number | null;
  atol: number | null;
}

export interface CheckedOutputs {
  checkedFields: readonly string[];
  tolerance: Readonly<Record<string, Tolerance>>;
  defaultTolerance: Tolerance;
}

export function outputChecks(question: CheckedOutputs): OutputCheck[] {
  return question.checkedFields.map((field) => {
    const tolerance = question.tolerance[field] ?? question.defaultTolerance;
    return tolerance === 'exact'
      ? { field, exact: true, rtol: null, atol: null }
      : { field, exact: false, rtol: tolerance.rtol, atol: tolerance.atol };
  });
}

const list = (fields: string[], sep: string) => fields.map((f) => `\`${f}\``).join(sep);

/** The paragraph appended to a coding statement: exact fields, then each tolerance group. */
export function outputChecksText(question: CheckedOutputs): Bilingual {
  const checks = outputChecks(question);
  const exact = checks.filter((c) => c.exact).map((c) => c.field);
  const groups = new Map<string, { rtol: number; atol: number; fields: string[] }>();
  for (const c of checks) {
    if (c.exact) continue;
    const key = `${c.rtol}/${c.atol}`;
    const group = groups.get(key) ?? { rtol: c.rtol!, atol: c.atol!, fields: [] };
    group.fields.push(c.field);
    groups.set(key, group);
  }
  const zh: string[] = [];
  const en: string[] = [];
  if (exact.length > 0) {
    zh.push(`${list(exact, '、')} 必须完全一致（整数、字符串、布尔值逐个相等，数组形状相同）。`);
    en.push(`${list(exact, ', ')} must match exactly (integers, strings and booleans equal, arrays of the same shape).`);
  }
  for (const g of groups.values()) {
    zh.push(`${list(g.fields, '、')} 逐元素比较，容差为 |你的值 − 期望值| ≤ ${g.atol} + ${g.rtol}·|期望值|，数组形状必须相同。`);
    en.push(`${list(g.fields, ', ')} ${g.fields.length === 1 ? 'is' : 'are'} compared element by element within |yours − expected| ≤ ${g.atol} + ${g.rtol}·|expected|, with the same shape.`);
  }
  zh.push('其他返回字段不参与比较；参考实现在某个用例中不给出的字段，该用例不比较它。');
  en.push('Other returned fields are ignored; a field the reference leaves out on a case is not compared on that case.');
  return { zh: `\n\n评判方式：${zh.join('')}`, en: `\n\nHow it is checked: ${en.join(' ')}` };
}
