// Negation of a matched term: "quantization does not help", "剪枝没有用", "we never prune". A cue
// counts when it stands before the term in the same clause, or within a few words after it; words
// that dismiss a technique outright (useless, 无用) count anywhere after it in the clause.
// "Pruning removes weights that do not contribute much" keeps its credit: that "not" is five
// words after the term.
import type { Token } from './text';

const EN_CUES = new Set(['not', 'no', 'never', 'neither', 'nor', 'none', 'cannot', 'nothing', 'hardly', 'barely', 'nobody']);
// "doesn't" is tokenised as "doesn" + "t".
const EN_CONTRACTED = new Set(['doesn', 'don', 'isn', 'aren', 'wasn', 'weren', 'won', 'can', 'couldn', 'shouldn', 'wouldn', 'didn', 'hasn', 'haven', 'ain']);
const EN_DISMISSIVE = new Set(['useless', 'pointless', 'worthless', 'ineffective', 'irrelevant', 'unnecessary', 'overrated', 'obsolete', 'futile', 'myth']);
// "not only X but also Y" and "no matter" do not negate.
const EN_NOT_NEGATING_NEXT = new Set(['only', 'just', 'matter', 'merely', 'simply']);

const ZH_CUES = new Set([
  '不', '没', '没有', '无', '未', '非', '别', '并非', '并不', '不是', '不能', '不会', '不用', '不必', '不要', '不需要', '无需', '无法',
  '毫无', '从不', '从未', '绝不', '并未', '不再', '无须',
]);
const ZH_DISMISSIVE = new Set(['无用', '没用', '无效', '无关', '多余', '徒劳', '白费', '不行', '无济于事', '没必要', '不必要', '鸡肋', '过时']);

/** How many tokens after a term a plain cue still negates it ("X does not help": 2). */
const AFTER_WINDOW = 3;

function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.zh) return ZH_CUES.has(t.raw);
  if (EN_CUES.has(t.raw)) return !EN_NOT_NEGATING_NEXT.has(tokens[i + 1]?.raw ?? '');
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
    if (isDismissive(clause[i]) || (i < to + AFTER_WINDOW && isCue(clause, i))) return { negated: true, cue: clause[i].raw };
  }
  return { negated: false };
}

/** Whether a text (a rubric point's own wording) contains a negation cue: such a point is
 * expressed by a negation ("inference does not update parameters"), so negation is not held
 * against its terms. */
export function hasNegation(tokens: Token[]): boolean {
  return tokens.some((_, i) => isCue(tokens, i) || isDismissive(tokens[i]));
}
