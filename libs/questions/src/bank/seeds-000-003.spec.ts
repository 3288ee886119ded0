// Checks specific to the conceptual entries of seeds 000–003 (the bank-wide schema and
// heading-coverage tests live elsewhere). The main guard here is that every rubric is
// satisfiable: the model answer itself, in each language, must hit every rubric point using
// only that language's keywords, so a keyword list that a good answer could never match fails.
import { conceptualSchema } from '../schema';
import { normaliseText, suggestRubricScore } from '../rubric';
import { pointsWithoutLiteralKeyword } from '../rubric-match/literal';
import type { ConceptualQuestion, Lang } from '../types';
import { SEED_SECTIONS } from './seed-sections';
import { conceptualBySeed } from './conceptual';

const bySeed: Record<string, ConceptualQuestion[]> = {
  '000': conceptualBySeed['000'],
  '001': conceptualBySeed['001'],
  '002': conceptualBySeed['002'],
  '003': conceptualBySeed['003'],
};
const all = Object.values(bySeed).flat();
const slugs = new Set(all.map((q) => q.slug));

// Sections of these seeds that are conceptual (the programming ones are coding/training entries).
const expectedSections: Record<string, string[]> = {
  '000': ['§一.1', '§一.2', '§一.3'],
  '001': ['§一.1', '§一.2', '§二.1', '§二.2', '§二.3'],
  '002': ['§1', '§2', '§3', '§4'],
  '003': Array.from({ length: 20 }, (_, i) => `§${i + 1}`),
};

const numerals: Record<string, string> = { 一: '1', 二: '2', 三: '3' };
/** `§二.3` -> `2-3`, `§14` -> `14`: the section as it appears in a slug. */
function sectionDigits(section: string): string {
  return section
    .slice(1)
    .replace(/[一二三]/g, (c) => numerals[c])
    .replace('.', '-');
}

/** Every string of an entry, with a path for error messages. */
function texts(q: ConceptualQuestion): [string, string][] {
  const out: [string, string][] = [];
  for (const field of ['title', 'prompt', 'modelAnswer'] as const) {
    out.push([`${field}.zh`, q[field].zh], [`${field}.en`, q[field].en]);
  }
  q.corrections.forEach((c, i) => out.push([`corrections[${i}].zh`, c.zh], [`corrections[${i}].en`, c.en]));
  q.rubric.forEach((p) => out.push([`rubric.${p.id}.zh`, p.point.zh], [`rubric.${p.id}.en`, p.point.en]));
  return out;
}

function onlyKeywords(q: ConceptualQuestion, lang: Lang): Pick<ConceptualQuestion, 'rubric'> {
  return {
    rubric: q.rubric.map((p) => ({
      ...p,
      keywords: lang === 'ZH' ? { zh: p.keywords.zh, en: [] } : { zh: [], en: p.keywords.en },
    })),
  };
}

describe('conceptual entries of seeds 000–003', () => {
  it('cover exactly the conceptual sections of each seed, in seed order', () => {
    for (const [seed, questions] of Object.entries(bySeed)) {
      expect(questions.map((q) => q.source?.section)).toEqual(expectedSections[seed]);
    }
    expect(all).toHaveLength(32);
  });

  it.each(all.map((q) => [q.slug, q] as const))('%s is a valid conceptual entry', (_slug, q) => {
    expect(conceptualSchema.safeParse(q).error?.issues ?? []).toEqual([]);
  });

  it('cite their seed section with the exact heading, and are named after it', () => {
    for (const [seed, questions] of Object.entries(bySeed)) {
      for (const q of questions) {
        if (!q.source) throw new Error(`${q.slug} has no source`);
        expect(q.source).toEqual(SEED_SECTIONS[`${seed}#${q.source.section}`]);
        expect(q.slug.startsWith(`s${seed}-${sectionDigits(q.source.section)}-`)).toBe(true);
        // The title is the heading's question, without its number or a "算法面试题：" label.
        expect(q.source.heading.endsWith(q.title.zh)).toBe(true);
        expect(q.prompt.zh.startsWith(q.title.zh)).toBe(true);
      }
    }
  });

  it('have unique slugs, and variant links that point to a canonical entry of these seeds', () => {
    expect(slugs.size).toBe(all.length);
    for (const q of all.filter((e) => e.variantOf !== undefined)) {
      const canonical = all.find((e) => e.slug === q.variantOf);
      expect([q.slug, canonical?.variantOf]).toEqual([q.slug, undefined]);
      expect(canonical).toBeDefined();
    }
  });

  it('use the slugs that other entries of the bank link to', () => {
    for (const slug of [
      's003-3-training-speed',
      's003-10-knowledge-distillation',
      's003-13-transfer-learning',
      's003-14-inference-speed',
      's003-17-data-augmentation',
    ]) {
      expect(slugs.has(slug)).toBe(true);
    }
  });

  it('link only to entries of these seeds or to coding/training counterparts', () => {
    for (const q of all) {
      for (const r of q.related) {
        expect([q.slug, r, slugs.has(r) || /^(code|train)-[a-z0-9-]+$/.test(r)]).toEqual([q.slug, r, true]);
        expect(r).not.toBe(q.slug);
      }
    }
  });

  it('contain no control characters (a stray "\\t" or "\\f" from an unescaped backslash)', () => {
    for (const q of all) {
      for (const [path, s] of texts(q)) {
        expect([q.slug, path, /[\u0000-\u0009\u000b-\u001f]/.test(s)]).toEqual([q.slug, path, false]);
      }
    }
  });

  it('show the same code blocks in both languages, with closed fences', () => {
    for (const q of all) {
      const zhFences = q.modelAnswer.zh.split('```').length - 1;
      const enFences = q.modelAnswer.en.split('```').length - 1;
      expect([q.slug, zhFences % 2, enFences]).toEqual([q.slug, 0, zhFences]);
    }
  });

  it('write English keywords in lower case and give every point keywords in both languages', () => {
    for (const q of all) {
      for (const p of q.rubric) {
        for (const k of p.keywords.en) expect([q.slug, k]).toEqual([q.slug, k.toLowerCase()]);
        expect(p.keywords.zh.length * p.keywords.en.length).toBeGreaterThan(0);
      }
    }
  });

  // A literal check of the keywords' spelling: the scoring matcher credits only prose sentences,
  // and the model answers state many points as headed lists, so it is not the tool for this.
  it.each(all.map((q) => [q.slug, q] as const))('%s: each model answer writes a keyword of every rubric point', (_slug, q) => {
    const zh = pointsWithoutLiteralKeyword(onlyKeywords(q, 'ZH').rubric, q.modelAnswer.zh);
    const en = pointsWithoutLiteralKeyword(onlyKeywords(q, 'EN').rubric, q.modelAnswer.en);
    expect({ zh, en }).toEqual({ zh: [], en: [] });
  });

  it('do not give away a rubric point to an empty or off-topic answer', () => {
    const offTopic = normaliseText('I do not know. 我不知道。');
    for (const q of all) {
      expect([q.slug, suggestRubricScore(q, offTopic).score]).toEqual([q.slug, 0]);
    }
  });
});
