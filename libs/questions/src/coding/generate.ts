// Generation: greedy, top-k and nucleus decoding.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawDecode(rng: Prng, size: Size): Input {
  const [v, steps] = bySize(size, [4, 4], [20, 20], [200, 100]);
  const strategy = rng.pick(['greedy', 'top_k', 'top_p']);
  const input: Input = {
    logits: rng.normalTensor([v, v], 2),
    start_id: rng.int(0, v - 1),
    eos_id: rng.int(0, v - 1),
    max_new_tokens: steps,
    strategy,
    u: rng.uniformTensor([steps], 0, 1),
  };
  if (strategy === 'top_k') input.k = rng.int(1, Math.min(v, 10));
  if (strategy === 'top_p') input.p = rng.pick([0.5, 0.9, 0.95]);
  if (strategy !== 'greedy' && rng.bool()) input.temperature = rng.pick([0.7, 1.5]);
  return input;
}

const decode = defineCoding({
  algorithmId: 'generate.decode',
  seeds: ['004#§20'],
  title: bi('文本生成的解码策略：贪心、Top-k、Top-p', 'Decoding strategies: greedy, top-k, top-p'),
  statement: bi(
    '一个二元语言"模型"：logits[a][b] 是上一个词为 a 时下一个词为 b 的 logit（[v][v]）。从 start_id 开始逐步生成至多 max_new_tokens 个词，生成 eos_id 后停止（eos 包含在结果中）。greedy：取 argmax（平局取较小 id）。top_k / top_p：p = softmax(logits[prev]/temperature)（temperature 默认 1），按概率降序（平局较小 id 优先）保留前 k 个，或保留累计概率首次达到 p 的最短前缀；重新归一化后，按 id 升序累加概率，取第一个累计概率大于 u[step] 的 id。返回生成的 tokens（不含 start_id）。',
    'A bigram language "model": logits[a][b] is the logit of next token b after token a ([v][v]). Starting from start_id, generate up to max_new_tokens tokens, stopping after eos_id (which is included). greedy: the argmax (smallest id on ties). top_k / top_p: p = softmax(logits[prev]/temperature) (temperature default 1); rank ids by decreasing probability (smaller id first on ties) and keep the first k, or the shortest prefix whose mass reaches p; renormalise, then accumulate the kept probabilities in increasing id order and pick the first id whose cumulative probability exceeds u[step]. Return the generated tokens (without start_id).',
  ),
  params: [
    { name: 'logits' },
    { name: 'start_id' },
    { name: 'eos_id' },
    { name: 'max_new_tokens' },
    { name: 'strategy' },
    { name: 'k', default: opt.none },
    { name: 'p', default: opt.none },
    { name: 'temperature', default: opt.num(1) },
    { name: 'u' },
  ],
  outputs: ['tokens'],
  tolerance: { tokens: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['text-generation', 'decoding', 'nlp'],
  solution: `
import numpy as np

def decode(logits, start_id, eos_id, max_new_tokens, strategy, u, k=None, p=None, temperature=1.0):
    logits = np.asarray(logits, dtype=np.float64)
    prev, tokens = start_id, []
    for step in range(max_new_tokens):
        row = logits[prev]
        if strategy == "greedy":
            nxt = int(np.argmax(row))                        # argmax returns the first maximum
        else:
            z = row / temperature
            probs = np.exp(z - z.max())
            probs /= probs.sum()
            ranked = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
            if strategy == "top_k":
                kept = ranked[:k]
            else:
                kept, mass = [], 0.0
                for i in ranked:
                    kept.append(i)
                    mass += probs[i]
                    if mass >= p:
                        break
            kept = sorted(kept)
            q = probs[kept] / probs[kept].sum()
            cdf = np.cumsum(q)
            nxt = kept[min(int(np.searchsorted(cdf, u[step], side="right")), len(kept) - 1)]
        tokens.append(nxt)
        if nxt == eos_id:
            break
        prev = nxt
    return {"tokens": tokens}`,
  explanation: bi(
    '贪心解码确定但容易重复；温度控制分布的尖锐程度；top-k 只在最可能的 k 个词中采样，top-p（核采样）按累计概率自适应地决定候选数。把随机数 u 作为输入、用逆 CDF 采样，使采样过程可复现、可判题。',
    'Greedy decoding is deterministic but prone to repetition; temperature sharpens or flattens the distribution; top-k samples among the k likeliest tokens and top-p (nucleus) sampling adapts the candidate count to the cumulative probability. Taking the uniforms u as input and sampling by inverse CDF makes sampling reproducible and judgeable.',
  ),
  generate: makeGenerator({
    samples: [example('generate.decode'), fixedDraw(drawDecode)],
    edge: {
      'greedy-tie-to-smaller-id': { logits: [[1, 1, 0], [0, 0, 5], [0, 0, 0]], start_id: 0, eos_id: 2, max_new_tokens: 5, strategy: 'greedy', u: [0, 0, 0, 0, 0] },
      'top-k-one-is-greedy': { logits: [[0, 3, 1], [2, 0, 1], [1, 1, 1]], start_id: 0, eos_id: 2, max_new_tokens: 3, strategy: 'top_k', k: 1, u: [0.99, 0.99, 0.99] },
      'eos-at-start': { logits: [[0, 9], [9, 0]], start_id: 0, eos_id: 1, max_new_tokens: 4, strategy: 'greedy', u: [0.5, 0.5, 0.5, 0.5] },
      'top-p-low-temperature': { logits: [[1, 2, 3], [3, 2, 1], [1, 3, 2]], start_id: 0, eos_id: 0, max_new_tokens: 4, strategy: 'top_p', p: 0.9, temperature: 0.5, u: [0.1, 0.6, 0.95, 0.3] },
    },
    draw: drawDecode,
  }),
});

export const generateQuestions: CodingQuestion[] = [decode];
