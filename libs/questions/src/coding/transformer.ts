// Transformers: sinusoidal positional encoding and a full encoder layer.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { projections } from './attention';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawPe(rng: Prng, size: Size): Input {
  const [maxLen, maxD] = bySize(size, [8, 8], [64, 64], [512, 256]);
  return { length: rng.int(1, maxLen), d_model: 2 * rng.int(1, maxD / 2) };
}

const positionalEncoding = defineCoding({
  algorithmId: 'transformer.positional_encoding',
  seeds: ['003#§6', '003#§7', '003#§8', '003#§9'],
  title: bi('正弦位置编码', 'Sinusoidal positional encoding'),
  statement: bi(
    '生成 Transformer 的正弦位置编码 pe，形状 [length][d_model]：pe[p][2i] = sin(p / 10000^(2i/d_model))，pe[p][2i+1] = cos(p / 10000^(2i/d_model))。',
    'Build the Transformer sinusoidal positional encoding pe of shape [length][d_model]: pe[p][2i] = sin(p / 10000^(2i/d_model)), pe[p][2i+1] = cos(p / 10000^(2i/d_model)).',
  ),
  params: [{ name: 'length' }, { name: 'd_model' }],
  outputs: ['pe'],
  difficulty: 'EASY',
  tags: ['transformer', 'positional-encoding'],
  solution: `
import numpy as np

def positional_encoding(length, d_model):
    pos = np.arange(length)[:, None]
    two_i = np.arange(0, d_model, 2)
    angle = pos / np.power(10000.0, two_i / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle[:, : d_model // 2])   # an odd d_model has one more sine column
    return {"pe": pe}`,
  explanation: bi(
    '每对维度使用不同频率，波长从 2π 到 10000·2π 呈几何级数；任意固定偏移 k 的编码可由当前编码线性表示，便于模型学习相对位置。自注意力本身与顺序无关，所以需要把位置信息加到输入上。',
    'Each pair of dimensions uses its own frequency, with wavelengths in a geometric progression from 2π to 10000·2π; the encoding at any fixed offset k is a linear function of the current one, which helps the model learn relative positions. Self-attention itself ignores order, hence position is added to the input.',
  ),
  generate: makeGenerator({
    samples: [example('transformer.positional_encoding'), fixedDraw(drawPe)],
    edge: {
      'length-one': { length: 1, d_model: 6 },
      'two-dims': { length: 5, d_model: 2 },
      'odd-d-model': { length: 4, d_model: 5 },
    },
    draw: drawPe,
  }),
});

function drawEncoder(rng: Prng, size: Size): Input {
  const [b, t, heads, dh, ff] = bySize(size, [1, 3, 2, 2, 8], [2, 8, 2, 8, 32], [4, 16, 4, 16, 128]);
  const d = heads * dh;
  const p = projections(rng, d);
  const input: Input = {
    x: rng.normalTensor([b, t, d]),
    num_heads: heads,
    attention: p,
    norm1: { gamma: rng.uniformTensor([d], 0.5, 1.5), beta: rng.uniformTensor([d], -0.2, 0.2) },
    ffn: {
      w1: rng.uniformTensor([d, ff], -1 / Math.sqrt(d), 1 / Math.sqrt(d)),
      b1: rng.uniformTensor([ff], -0.1, 0.1),
      w2: rng.uniformTensor([ff, d], -1 / Math.sqrt(ff), 1 / Math.sqrt(ff)),
      b2: rng.uniformTensor([d], -0.1, 0.1),
    },
    norm2: { gamma: rng.uniformTensor([d], 0.5, 1.5), beta: rng.uniformTensor([d], -0.2, 0.2) },
  };
  if (rng.bool()) input.norm_first = true;
  if (rng.bool()) input.causal = true;
  return input;
}

const encoderLayer = defineCoding({
  algorithmId: 'transformer.encoder_layer',
  seeds: ['003#§6', '003#§7', '003#§8', '003#§9'],
  title: bi('Transformer 编码器层', 'Transformer encoder layer'),
  statement: bi(
    '实现与 torch.nn.TransformerEncoderLayer 相同的编码器层（ReLU，无 dropout）。x [b][t][d]；attention 含 wq,bq,wk,bk,wv,bv,wo,bo（同多头注意力题）；ffn 含 w1 [d][ff]、b1、w2 [ff][d]、b2；norm1、norm2 含 gamma、beta；eps 默认 1e-5。默认后归一化：h = LN1(x + MHA(x))，y = LN2(h + FFN(h))；norm_first 为 true 时前归一化：h = x + MHA(LN1(x))，y = h + FFN(LN2(h))。mask、causal 作用于自注意力。',
    'Implement the encoder layer of torch.nn.TransformerEncoderLayer (ReLU, no dropout). x is [b][t][d]; attention holds wq,bq,wk,bk,wv,bv,wo,bo (as in the multi-head question); ffn holds w1 [d][ff], b1, w2 [ff][d], b2; norm1 and norm2 hold gamma and beta; eps defaults to 1e-5. Post-norm by default: h = LN1(x + MHA(x)), y = LN2(h + FFN(h)); with norm_first, pre-norm: h = x + MHA(LN1(x)), y = h + FFN(LN2(h)). mask and causal apply to the self-attention.',
  ),
  params: [
    { name: 'x' },
    { name: 'num_heads' },
    { name: 'attention' },
    { name: 'norm1' },
    { name: 'ffn' },
    { name: 'norm2' },
    { name: 'eps', default: opt.num(1e-5) },
    { name: 'norm_first', default: opt.false },
    { name: 'mask', default: opt.none },
    { name: 'causal', default: opt.false },
  ],
  outputs: ['y'],
  difficulty: 'HARD',
  tags: ['transformer', 'attention', 'normalization'],
  limits: { gpu: true },
  related: ['code-attention-multi-head', 'code-layers-layer-norm', 'code-transformer-positional-encoding'],
  solution: `
import numpy as np

def layer_norm(x, p, eps):
    mu, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * p["gamma"] + p["beta"]

def self_attention(x, a, heads, allowed):
    b, t, d = x.shape
    dh = d // heads
    split = lambda z: z.reshape(b, t, heads, dh).transpose(0, 2, 1, 3)
    q, k, v = (split(x @ np.asarray(a["w" + n]) + a["b" + n]) for n in "qkv")
    s = np.where(allowed, q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh), -np.inf)
    m = s.max(-1, keepdims=True)
    e = np.where(allowed, np.exp(s - np.where(np.isfinite(m), m, 0)), 0.0)
    tot = e.sum(-1, keepdims=True)
    w = np.divide(e, tot, out=np.zeros_like(e), where=tot > 0)
    return (w @ v).transpose(0, 2, 1, 3).reshape(b, t, d) @ np.asarray(a["wo"]) + a["bo"]

def feed_forward(x, f):
    return np.maximum(x @ np.asarray(f["w1"]) + f["b1"], 0) @ np.asarray(f["w2"]) + f["b2"]

def encoder_layer(x, num_heads, attention, norm1, ffn, norm2, eps=1e-5,
                  norm_first=False, mask=None, causal=False):
    x = np.asarray(x, dtype=np.float64)
    t = x.shape[1]
    allowed = np.ones((t, t), dtype=bool)
    if mask is not None:
        allowed &= np.asarray(mask) != 0
    if causal:
        allowed &= np.tril(np.ones((t, t), dtype=bool))
    if norm_first:
        h = x + self_attention(layer_norm(x, norm1, eps), attention, num_heads, allowed)
        return {"y": h + feed_forward(layer_norm(h, norm2, eps), ffn)}
    h = layer_norm(x + self_attention(x, attention, num_heads, allowed), norm1, eps)
    return {"y": layer_norm(h + feed_forward(h, ffn), norm2, eps)}`,
  explanation: bi(
    '编码器层 = 自注意力子层 + 前馈子层，各带残差连接和层归一化。后归一化（原始论文）把 LN 放在残差相加之后；前归一化把 LN 放在子层之前，深层网络训练更稳定。',
    'An encoder layer is a self-attention sublayer and a feed-forward sublayer, each with a residual connection and layer norm. Post-norm (the original paper) normalises after the residual sum; pre-norm normalises before each sublayer and trains deep stacks more stably.',
  ),
  generate: makeGenerator({
    samples: [example('transformer.encoder_layer'), fixedDraw(drawEncoder)],
    edge: {
      'pre-norm': { ...fixedDraw(drawEncoder, 'small', 'pre-norm'), norm_first: true },
      'single-token': { ...fixedDraw(drawEncoder, 'small', 'single-token'), x: [[[0.5, -1, 2, 0]]], causal: true },
      'masked-keys': { ...fixedDraw(drawEncoder, 'small', 'masked'), mask: [[1, 0, 0], [1, 1, 0], [0, 0, 1]] },
    },
    draw: drawEncoder,
  }),
});

export const transformerQuestions: CodingQuestion[] = [positionalEncoding, encoderLayer];
