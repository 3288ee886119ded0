// Negation of a matched term: "quantization does not help", "剪枝没有用", "we never prune". A cue
// counts when it stands before the term in the same clause, or after it in the same clause unless
// a relative or subordinate clause starts in between: "pruning removes weights that do not
// contribute much" keeps its credit. Clauses end at commas and contrastive words (text.ts).
import type { Token } from './text';

const EN_CUES = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'cannot', 'nothing', 'hardly', 'barely', 'nobody']);
// "doesn't" is tokenised as "doesn" + "t".
const EN_CONTRACTED = new Set(['doesn', 'don', 'isn', 'aren', 'wasn', 'weren', 'won', 'can', 'couldn', 'shouldn', 'wouldn', 'didn', 'hasn', 'haven', 'ain']);
const EN_DISMISSIVE = new Set(['useless', 'pointless', 'worthless', 'ineffective', 'irrelevant', 'unnecessary', 'overrated', 'obsolete', 'futile', 'myth']);
// "not only X but also Y" does not negate, nor does "no matter".
const EN_NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply']);

const ZH_CUES = new Set([
  '不', '没', '没有', '无', '未', '非', '别', '并非', '并不', '不是', '不能', '不会', '不用', '不必', '不要', '不需要', '无需', '无法',
  '毫无', '从不', '从未', '绝不', '并未', '不再', '无须',
]);
const ZH_DISMISSIVE = new Set(['无用', '没用', '无效', '无关', '多余', '徒劳', '白费', '不行', '无济于事', '没必要', '不必要', '鸡肋', '过时']);

// Words that open a relative or subordinate clause: a cue after one of them is about something
// else ("weights that do not matter", "当模型放不下时").
const EN_SUBORDINATE = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'if', 'unless', 'because', 'since', 'while', 'so', 'whether']);
const ZH_SUBORDINATE = new Set(['时', '时候', '如果', '因为', '当', '若', '所以', '因此', '以免', '使得']);

// Words that start like a negation but are not one (不同 different, 非常 very, 未来 future…).
const ZH_NOT_NEGATING = new Set([
  '不同', '不断', '不仅', '不但', '不少', '不论', '无论', '不过', '非常', '未来', '无限', '无数', '不等', '不足', '不仅仅', '非线性', '不久', '未知',
]);

const COPULA_CUES = new Set(['不是', '并非', '并不是', '并不']);

function isZhCue(tokens: Token[], i: number): boolean {
  const w = tokens[i].raw;
  // jieba keeps some negated verbs whole (毫无用处, 不起作用, 没必要): a word opening with a
  // negation character is one, unless it is a known exception.
  if (!ZH_CUES.has(w) && !(/^(?:不|没|无|未|毫无)/u.test(w) && !ZH_NOT_NEGATING.has(w))) return false;
  // 不重要的权重, 几乎没有影响的神经元: a cue inside an attribute closed by 的 describes a noun
  // (but 不是…的 is a copula: "不是注意力的一部分" denies).
  return COPULA_CUES.has(w) || !tokens.slice(i + 1, i + 3).some((n) => n.raw === '的');
}

function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.zh) return isZhCue(tokens, i);
  if (EN_CUES.has(t.raw)) return !EN_NOT_NEGATING_NEXT.has(tokens[i + 1]?.raw ?? '') && !(t.raw === 'no' && tokens[i + 1]?.raw === 'matter');
  return t.raw === 't' && i > 0 && EN_CONTRACTED.has(tokens[i - 1].raw);
}

function isDismissive(t: Token): boolean {
  return t.zh ? ZH_DISMISSIVE.has(t.raw) : EN_DISMISSIVE.has(t.raw);
}

/** Whether the term covering tokens [from, to) of a clause's tokens is negated there. Cue tokens
 * inside the term itself (无标签, "unlabelled") are part of what it names, not a negation. */
export function isNegated(clause: Token[], from: number, to: number): { negated: boolean; cue?: string } {
  for (let i = 0; i < from; i++) if (isCue(clause, i) || isDismissive(clause[i])) return { negated: true, cue: clause[i].raw };
  for (let i = to; i < clause.length; i++) {
    if ((clause[i].zh ? ZH_SUBORDINATE : EN_SUBORDINATE).has(clause[i].raw)) break;
    if (isCue(clause, i) || isDismissive(clause[i])) return { negated: true, cue: clause[i].raw };
  }
  return { negated: false };
}

/** The words (token forms) of the clauses of a text that contain a negation cue. A rubric point
 * may be stated by a negation ("inference does not update parameters"): its terms that occur in
 * such a clause are not held negated in an answer that says the same. */
export function negatedClauseForms(clauses: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const clause of clauses) {
    if (clause.some((_, i) => isCue(clause, i) || isDismissive(clause[i]))) for (const t of clause) out.add(t.form);
  }
  return out;
}
