// Loads the question bank (libs/questions) into the database, idempotently and with versions:
// a question whose content changed gets a new version; submissions keep the version they used.
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '@prisma/client';
import { contentHash, type Question, questions, storedContent } from '@app/questions';

function algorithmIdOf(question: Question): string | null {
  if (question.kind === 'CODING') return question.algorithmId;
  if (question.kind === 'TRAINING') return question.taskId;
  return null;
}

/** What the bank's search matches: slug, tags, titles and prompts in both languages. */
export function searchTextOf(question: Question): string {
  return [question.slug, ...question.tags, question.title.zh, question.title.en, question.prompt.zh, question.prompt.en]
    .join('\n')
    .toLowerCase();
}

export interface SeedReport {
  created: number;
  newVersions: number;
  unchanged: number;
}

export async function seedQuestionBank(prisma: PrismaClient, bank: readonly Question[] = questions): Promise<SeedReport> {
  const report: SeedReport = { created: 0, newVersions: 0, unchanged: 0 };
  for (const question of bank) {
    const stored = storedContent(question);
    const hash = contentHash(stored);
    const content = stored as Prisma.InputJsonObject;
    await prisma.$transaction(async (tx) => {
      const existing = await tx.question.findFirst({
        where: { slug: question.slug, companyId: null },
        include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
      });
      const latest = existing?.versions[0];
      if (existing && latest?.contentHash === hash) {
        // Keep the denormalised search fields in step (e.g. after a migration added them).
        if (existing.searchText !== searchTextOf(question)) {
          await tx.question.update({
            where: { id: existing.id },
            data: { latestVersion: latest.version, tags: question.tags, searchText: searchTextOf(question) },
          });
        }
        report.unchanged += 1;
        return;
      }
      const version = (latest?.version ?? 0) + 1;
      const searchable = { kind: question.kind, latestVersion: version, tags: question.tags, searchText: searchTextOf(question) };
      const row = existing
        ? await tx.question.update({ where: { id: existing.id }, data: searchable })
        : await tx.question.create({ data: { slug: question.slug, ...searchable } });
      await tx.questionVersion.create({
        data: {
          questionId: row.id,
          version,
          contentHash: hash,
          titleZh: question.title.zh,
          titleEn: question.title.en,
          tags: question.tags,
          algorithmId: algorithmIdOf(question),
          content,
        },
      });
      if (existing) report.newVersions += 1;
      else report.created += 1;
    });
  }
  return report;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must be set');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const report = await seedQuestionBank(prisma);
    console.log(`question bank: ${report.created} created, ${report.newVersions} new versions, ${report.unchanged} unchanged`);
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
