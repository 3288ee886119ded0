// Rows a judge test (or the benchmark) needs around a submission: a company, the question's
// stored version, an assessment with one item, a candidate and an attempt. Plain Prisma writes,
// so each test works on its own copy of the migrated template database.
import type { PrismaClient, Prisma } from '@prisma/client';
import { randomBytes } from 'node:crypto';
import { LANGUAGE_IDS } from '@app/definitions';
import { contentHash, getQuestion, storedContent, type Language } from '@app/questions';

export interface SubmissionOptions {
  slug: string;
  source: string;
  language?: Language;
  kind?: 'CODE' | 'ANSWER';
  testSeed?: number;
  maxScore?: number;
}

export class SubmissionFixtures {
  private companyId?: string;
  private readonly attempts = new Map<string, { attemptId: string; itemId: string; versionId: string }>();

  constructor(private readonly prisma: PrismaClient) {}

  /** A QUEUED submission of `source` to question `slug`; returns its id. */
  async submission(options: SubmissionOptions): Promise<string> {
    const { attemptId, itemId, versionId } = await this.attemptFor(options.slug);
    const row = await this.prisma.submission.create({
      data: {
        companyId: await this.company(),
        attemptId,
        questionSetItemId: itemId,
        questionVersionId: versionId,
        kind: options.kind ?? 'CODE',
        language: options.kind === 'ANSWER' ? null : (options.language ?? 'PYTHON'),
        source: options.source,
        maxScore: options.maxScore ?? 10,
        testSeed: options.testSeed ?? Math.floor(Math.random() * 2 ** 31),
        enqueuedAt: new Date(),
      },
    });
    return row.id;
  }

  async company(): Promise<string> {
    this.companyId ??= (await this.prisma.company.create({ data: { name: 'Judge test company' } })).id;
    return this.companyId;
  }

  /** The stored version of a bank question (created like prisma/seed.ts does when missing). */
  async questionVersion(slug: string): Promise<string> {
    const question = getQuestion(slug);
    if (!question) throw new Error(`unknown question ${slug}`);
    const existing = await this.prisma.questionVersion.findFirst({ where: { question: { slug } }, orderBy: { version: 'desc' } });
    if (existing) return existing.id;
    const row = await this.prisma.question.create({ data: { slug, kind: question.kind } });
    const version = await this.prisma.questionVersion.create({
      data: {
        questionId: row.id,
        version: 1,
        contentHash: contentHash(storedContent(question)),
        titleZh: question.title.zh,
        titleEn: question.title.en,
        tags: question.tags,
        algorithmId: question.kind === 'CODING' ? question.algorithmId : question.kind === 'TRAINING' ? question.taskId : null,
        content: storedContent(question) as Prisma.InputJsonObject,
      },
    });
    return version.id;
  }

  private async attemptFor(slug: string): Promise<{ attemptId: string; itemId: string; versionId: string }> {
    const known = this.attempts.get(slug);
    if (known) return known;
    const companyId = await this.company();
    const versionId = await this.questionVersion(slug);
    const set = await this.prisma.questionSet.create({
      data: {
        companyId,
        title: `set for ${slug}`,
        timeLimitMinutes: 60,
        languages: [...LANGUAGE_IDS],
        items: { create: [{ companyId, questionVersionId: versionId, points: 10, position: 1 }] },
      },
      include: { items: true },
    });
    const candidate = await this.prisma.candidate.create({
      data: { companyId, name: 'Candidate', email: `c-${randomBytes(6).toString('hex')}@example.com` },
    });
    const invitation = await this.prisma.invitation.create({
      data: {
        companyId,
        candidateId: candidate.id,
        questionSetId: set.id,
        tokenHash: randomBytes(32).toString('hex'),
        expiresAt: new Date(Date.now() + 86_400_000),
        status: 'STARTED',
      },
    });
    const attempt = await this.prisma.attempt.create({
      data: {
        companyId,
        invitationId: invitation.id,
        candidateId: candidate.id,
        questionSetId: set.id,
        deadline: new Date(Date.now() + 3_600_000),
      },
    });
    const result = { attemptId: attempt.id, itemId: set.items[0].id, versionId };
    this.attempts.set(slug, result);
    return result;
  }
}
