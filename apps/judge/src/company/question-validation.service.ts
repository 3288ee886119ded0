import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { parseQuestionFile } from '@app/questions';
import type Dockerode from 'dockerode';
import type { WarmPool } from '../sandbox';
import { JUDGE_CONFIG, type JudgeConfig } from '../config/judge-config';
import { DOCKER } from '../worker/docker.provider';
import { WARM_POOL } from '../judging/warm-pool.provider';
import { baselinesOf } from './company-training';
import { validateCodingSection } from './validate-coding';

/** What a version's `validation` column holds. */
export interface StoredValidation {
  tests: Array<{ test: string; passed: boolean; message: string | null }>;
  /** Expected output by test name: the author's, or the reference solution's. */
  expected: Record<string, unknown>;
  elapsedMs: number;
  /** Training versions: the constant predictor's and the reference model's figures on the split. */
  baselines?: { constant: number; model: number };
  /** Set when validation itself could not run (operators' problem, not the author's). */
  message?: string;
}

/**
 * Validates a saved company question version: VALIDATING → READY or INVALID. Idempotent (a
 * version no longer VALIDATING is left alone), so a retried job never overwrites a result.
 */
@Injectable()
export class QuestionValidationService {
  private readonly logger = new Logger(QuestionValidationService.name);

  constructor(
    private readonly prisma: PrismaService,
    @Inject(JUDGE_CONFIG) private readonly config: Pick<JudgeConfig, 'JUDGE_WORKER_ID'>,
    @Inject(DOCKER) private readonly docker: Dockerode,
    @Optional() @Inject(WARM_POOL) private readonly pool?: WarmPool,
  ) {}

  async validateVersion(versionId: string): Promise<void> {
    const version = await this.prisma.questionVersion.findUnique({ where: { id: versionId }, select: { id: true, status: true, content: true } });
    if (!version || version.status !== 'VALIDATING') return;
    // The API stored the file after parsing it; parsing again gives the same file with its types.
    const file = parseQuestionFile(version.content);
    if (file.training) {
      // Our own code on the company's data (no untrusted code runs): the baselines the report shows.
      const started = performance.now();
      const baselines = await baselinesOf(file.training);
      await this.finish(versionId, 'READY', { tests: [], expected: {}, elapsedMs: Math.round(performance.now() - started), baselines });
      return;
    }
    if (!file.coding) {
      await this.finish(versionId, 'READY', { tests: [], expected: {}, elapsedMs: 0 });
      return;
    }
    const result = await validateCodingSection(file.coding, {
      docker: this.docker,
      pool: this.pool,
      labels: { 'mljudge.worker': this.config.JUDGE_WORKER_ID, 'mljudge.question-version': versionId },
    });
    const expected = Object.fromEntries(result.section.tests.map((t) => [t.name, t.expected]));
    await this.finish(versionId, result.status, { tests: result.tests, expected, elapsedMs: result.elapsedMs });
    this.logger.log(`question version ${versionId}: ${result.status} (${result.tests.length} tests, ${result.elapsedMs} ms)`);
  }

  /** Retries spent (the engine was away, say): INVALID with a message the author can act on. */
  async markFailed(versionId: string, reason: string): Promise<void> {
    this.logger.error(`validation of question version ${versionId} failed for good: ${reason}`);
    await this.finish(versionId, 'INVALID', { tests: [], expected: {}, elapsedMs: 0, message: 'validation could not run; save the question again to retry' });
  }

  private async finish(versionId: string, status: 'READY' | 'INVALID', validation: StoredValidation): Promise<void> {
    await this.prisma.questionVersion.updateMany({
      where: { id: versionId, status: 'VALIDATING' },
      data: { status, validation: validation as object, validatedAt: new Date() },
    });
  }
}
