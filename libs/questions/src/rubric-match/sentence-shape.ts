// Whether a line of an answer is a sentence (a claim that can earn a point) or a fragment: a
// heading, a bare term, or a list of terms ("quantization, pruning, distillation, int8"). Terms
// outside sentences earn nothing, so listing the rubric's keywords scores no points.
import { isVerb } from './wordnet';
import { EN_STOPWORDS, ZH_STOPWORDS, type Token } from './text';

/** Shortest sentence, in words (English) and in Chinese characters. */
export const MIN_EN_WORDS = 4;
export const MIN_ZH_CHARS = 6;

// Words that only occur in clauses: auxiliaries, modals, subject pronouns, relatives.
const EN_CLAUSE_WORDS = new Set(
  'is are was were be been being am can could will would shall should may might must do does did has have had we you they it he she i this which that there'.split(' '),
);
// Chinese function words and common verbs that make a clause.
const ZH_CLAUSE_WORDS = new Set(
  '是 有 可以 能 能够 会 需要 通过 把 将 使 使得 让 用 用来 利用 采用 就 被 来 了 得 可 应 应该 要 对 在 从 给 由 减少 降低 提高 提升 增加 去掉 去除 保留 转换 转化 计算 训练 学习 得到 使用 进行 避免 防止 帮助 包括 表示 作为 属于 意味着 称为 叫做 指 即'.split(' '),
);

const SEPARATORS = /[,，、;；/|]/u;

function enVerbish(tokens: Token[]): boolean {
  return tokens.some((t) => !t.zh && (EN_CLAUSE_WORDS.has(t.raw) || isVerb(t.raw)));
}

function zhVerbish(tokens: Token[]): boolean {
  return tokens.some((t) => t.zh && ZH_CLAUSE_WORDS.has(t.raw));
}

/** A comma-separated run of bare terms: most segments are short and carry no function word. */
function listShaped(text: string): boolean {
  const segments = text.split(SEPARATORS).map((s) => s.trim()).filter((s) => s !== '');
  if (segments.length < 3) return false;
  let bare = 0;
  for (const seg of segments) {
    const zhChars = (seg.match(/\p{Script=Han}/gu) ?? []).length;
    const enWords = (seg.match(/[a-z0-9]+/g) ?? []).filter((w) => !EN_STOPWORDS.has(w) || w === 'and' || w === 'or');
    const latin = seg.match(/[a-z]+/g) ?? [];
    // A clause word makes a segment more than a term; so, in a segment of four words or more, do
    // a verb ("because improving one of these usually hurts the other") or several function
    // words ("the harmonic mean of the two"). A one-word item that is a verb ("compress") does not.
    const hasFunction =
      latin.some((w) => EN_CLAUSE_WORDS.has(w)) ||
      (latin.length >= 4 && (latin.some(isVerb) || latin.filter((w) => EN_STOPWORDS.has(w)).length > 2)) ||
      [...ZH_CLAUSE_WORDS].some((w) => w.length > 1 && seg.includes(w));
    if (!hasFunction && enWords.length <= 3 && zhChars <= 5) bare++;
  }
  return bare * 3 >= segments.length * 2;
}

/** A sentence: long enough, with a verb or function word, and not a list of terms. */
export function isProse(text: string, tokens: Token[]): boolean {
  const zhChars = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const enWords = tokens.filter((t) => !t.zh).length;
  const zhMode = zhChars >= enWords;
  if (zhMode ? zhChars < MIN_ZH_CHARS : enWords < MIN_EN_WORDS) return false;
  if (!(zhMode ? zhVerbish(tokens) || tokens.some((t) => t.zh && ZH_STOPWORDS.has(t.raw) && t.raw !== '等') : enVerbish(tokens))) return false;
  return !listShaped(text);
}
