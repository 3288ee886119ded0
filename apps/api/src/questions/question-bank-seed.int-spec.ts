// The Prisma seed against a real PostgreSQL copy: idempotent, and versioned when content changes.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { type Question, questions } from '@app/questions';
import { createTestDatabase } from '../../../../test/support/database';
import { seedQuestionBank } from '../../../../prisma/seed';

describe('question bank seed (real PostgreSQL)', () => {
  let prisma: PrismaClient;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await drop();
  });

  it('holds every bank entry once, and a second run changes nothing', async () => {
    // The template database was seeded already; seeding again must be a no-op.
    const report = await seedQuestionBank(prisma);
    expect(report).toEqual({ created: 0, newVersions: 0, unchanged: questions.length });
    expect(await prisma.question.count()).toBe(questions.length);
    expect(await prisma.questionVersion.count()).toBe(questions.length);
  });

  it('adds a version when a question changes and keeps the old one for its submissions', async () => {
    const original = questions.find((q) => q.kind === 'CONCEPTUAL') as Question;
    const edited: Question = { ...original, title: { ...original.title, en: `${original.title.en} (revised)` } };
    const report = await seedQuestionBank(prisma, [edited]);
    expect(report).toEqual({ created: 0, newVersions: 1, unchanged: 0 });

    const row = await prisma.question.findFirstOrThrow({
      where: { slug: original.slug, companyId: null },
      include: { versions: { orderBy: { version: 'asc' } } },
    });
    expect(row.latestVersion).toBe(2);
    expect(row.versions.map((v) => [v.version, v.titleEn])).toEqual([
      [1, original.title.en],
      [2, edited.title.en],
    ]);
    expect(row.searchText).toContain('(revised)');

    // Seeding the original back is a third version, not a rollback that rewrites history.
    expect(await seedQuestionBank(prisma, [original])).toEqual({ created: 0, newVersions: 1, unchanged: 0 });
    expect(await prisma.questionVersion.count({ where: { questionId: row.id } })).toBe(3);
  });
});
