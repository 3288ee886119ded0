// Seed 004's conceptual entries: one per heading, the repeat links decided for this seed, links
// to coding/training questions that name real contract ids, and model answers whose example code
// parses, is the same in both languages, and covers the entry's own rubric.
import { spawnSync } from 'node:child_process';
import { CONTRACT_FIELDS, CONTRACT_TASK_IDS } from '../../test/contract-fields';
import { codingSlug } from '../coding/define';
import { suggestRubricScore } from '../rubric';
import { pointsWithoutLiteralKeyword } from '../rubric-match/literal';
import { conceptualSchema } from '../schema';
import { trainingSlug } from '../training/define';
import { conceptualBySeed } from './conceptual';

const SEED = '004_6ff10554399c3ad3.txt';
const seed004Questions = conceptualBySeed['004'];
const bySlug = new Map(seed004Questions.map((q) => [q.slug, q]));

/** The fenced code blocks of a Markdown text, as `{language, code}`. */
function codeBlocks(markdown: string): { language: string; code: string }[] {
  return [...markdown.matchAll(/```(\w*)\n([\s\S]*?)\n```/g)].map((m) => ({ language: m[1], code: m[2] }));
}

describe('seed 004 conceptual entries', () => {
  it('has one entry per section §1–§30, in order, with matching slugs', () => {
    expect(seed004Questions.map((q) => q.source?.section)).toEqual(Array.from({ length: 30 }, (_, i) => `§${i + 1}`));
    for (const [i, q] of seed004Questions.entries()) {
      expect(q.source?.seed).toBe(SEED);
      expect(q.slug.startsWith(`s004-${i + 1}-`)).toBe(true);
      // The Chinese title is the heading's question text without its number.
      expect(q.source?.heading).toBe(`${i + 1}. ${q.title.zh}`);
    }
    expect(bySlug.size).toBe(30);
  });

  it.each(seed004Questions.map((q) => [q.slug, q] as const))('%s matches the schema', (_slug, q) => {
    const result = conceptualSchema.safeParse(q);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  });

  it('links the repeats to one canonical entry each', () => {
    const variants = Object.fromEntries(seed004Questions.filter((q) => q.variantOf).map((q) => [q.slug, q.variantOf]));
    expect(variants).toEqual({
      's004-7-transfer-learning': 's003-13-transfer-learning',
      's004-17-transfer-learning': 's003-13-transfer-learning',
      's004-29-transfer-learning': 's003-13-transfer-learning',
      's004-15-data-augmentation': 's003-17-data-augmentation',
      's004-30-data-augmentation': 's003-17-data-augmentation',
      's004-16-distributed-training': 's004-8-distributed-training',
      's004-23-distributed-training': 's004-8-distributed-training',
      's004-22-model-compression': 's004-14-model-compression',
      's004-21-model-explainability': 's004-12-model-explainability',
    });
    // Canonical entries of this seed are not variants themselves.
    for (const canonical of ['s004-8-distributed-training', 's004-14-model-compression', 's004-12-model-explainability']) {
      expect(bySlug.get(canonical)?.variantOf).toBeUndefined();
    }
  });

  it('relates only to contract algorithms and tasks or to entries of this seed', () => {
    const codingSlugs = new Set(Object.keys(CONTRACT_FIELDS).map(codingSlug));
    const trainingSlugs = new Set(CONTRACT_TASK_IDS.map(trainingSlug));
    const unknown: string[] = [];
    for (const q of seed004Questions) {
      for (const r of q.related) {
        const known = r.startsWith('code-') ? codingSlugs.has(r) : r.startsWith('train-') ? trainingSlugs.has(r) : bySlug.has(r);
        if (!known || r === q.slug) unknown.push(`${q.slug} -> ${r}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('links the sections that show contract algorithms to their coding questions', () => {
    const related = (section: number) => seed004Questions[section - 1].related;
    expect(related(9)).toContain('code-attention-multi-head');
    expect(related(24)).toEqual(expect.arrayContaining(['code-detection-iou', 'code-detection-nms']));
    expect(related(26)).toEqual(expect.arrayContaining(['code-recsys-score', 'code-recsys-top-k']));
    expect(related(4)).toEqual(expect.arrayContaining(['code-metrics-classification', 'code-metrics-roc-auc', 'code-metrics-regression']));
    expect(related(18)).toEqual(expect.arrayContaining(['code-layers-lstm', 'code-data-time-windows', 'train-timeseries-lstm']));
    expect(related(5)).toContain('train-image-cnn');
    expect(related(7)).toContain('train-distill-student');
    expect(related(14)).toContain('code-compress-prune');
    expect(related(28)).toContain('code-compress-quantize');
  });

  it('records at least one correction per entry, in both languages', () => {
    for (const q of seed004Questions) {
      expect({ slug: q.slug, corrections: q.corrections.length > 0 }).toEqual({ slug: q.slug, corrections: true });
    }
  });

  it('no longer contains the seed code that cannot run', () => {
    const broken = [
      'prune.model', // §14/§22: statements that are not Python
      'RemovalTensor', // §22: no such API
      'import torch.nn.utils as prune', // §14/§22: wrong module
      'qconfig Observer', // §28: not Python
      'import torch.nn.utils as quantization', // §28: wrong module
      'get_image_mask()', // §12/§21: no such method
      'model_server', // §11: invented API
      "['params'][0].grad", // §16/§23: params in a state_dict are indices
    ];
    for (const q of seed004Questions) {
      for (const text of [q.modelAnswer.zh, q.modelAnswer.en]) {
        expect({ slug: q.slug, found: broken.filter((b) => text.includes(b)) }).toEqual({ slug: q.slug, found: [] });
      }
    }
  });

  it('shows the same example code in the Chinese and the English answer', () => {
    for (const q of seed004Questions) {
      const zh = codeBlocks(q.modelAnswer.zh);
      expect(zh.length).toBeGreaterThan(0);
      expect({ slug: q.slug, code: codeBlocks(q.modelAnswer.en) }).toEqual({ slug: q.slug, code: zh });
    }
  });

  const python = spawnSync('python3', ['--version']);
  (python.status === 0 ? it : it.skip)('has example code that Python parses', () => {
    const snippets = seed004Questions.flatMap((q) =>
      codeBlocks(q.modelAnswer.en)
        .filter((b) => b.language === 'python')
        .map((b) => ({ slug: q.slug, code: b.code })),
    );
    const script = [
      'import ast, json, sys',
      'bad = []',
      'for s in json.load(sys.stdin):',
      '    try:',
      '        ast.parse(s["code"])',
      '    except SyntaxError as e:',
      '        bad.append(s["slug"] + ": " + str(e))',
      'print(json.dumps(bad))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(snippets), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('has rubric keywords in lowercase that the model answer itself matches, in each language', () => {
    const upper: string[] = [];
    const missed: string[] = [];
    for (const q of seed004Questions) {
      for (const p of q.rubric) {
        for (const k of [...p.keywords.zh, ...p.keywords.en]) if (k !== k.toLowerCase()) upper.push(`${q.slug}/${p.id}: ${k}`);
      }
      for (const lang of ['zh', 'en'] as const) {
        // Literal spelling check (the scoring matcher credits only prose, not the answers' lists).
        for (const id of pointsWithoutLiteralKeyword(q.rubric, q.modelAnswer[lang])) missed.push(`${q.slug}/${id} (${lang})`);
      }
    }
    expect(upper).toEqual([]);
    expect(missed).toEqual([]);
  });

  it('matches an English answer by its English keywords alone', () => {
    const distributed = bySlug.get('s004-8-distributed-training')!;
    const answer = 'Use DDP: each GPU holds a replica and gradients are averaged with all-reduce. A parameter server is the alternative.';
    const { matched } = suggestRubricScore(distributed, answer);
    expect(matched.map((m) => m.id)).toEqual(expect.arrayContaining(['data-parallelism', 'parameter-server']));
  });
});
