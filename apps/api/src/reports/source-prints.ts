// Stored fingerprints of code submissions (SourceFingerprint rows) and the lookup that finds, among
// every submission of a question, those sharing enough of them with one: the candidates a report
// then compares exactly (similarity.ts). The cost grows with the fingerprints looked up and the
// few submissions that share them, not with the number of submissions.
import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { Prisma, type Language } from '@prisma/client';
import { sourcePrints } from './similarity';

/**
 * A fingerprint found in more submissions than this is common code (the entry's signature, the
 * usual imports) and is ignored in the lookup, as MOSS ignores it: it says nothing about copying,
 * and its long list of submissions would make every lookup slow. A leak copied by more than this
 * many candidates of one company on one question still shares its rarer fingerprints.
 */
export const COMMON_PRINT_SUBMISSIONS = 1000;
/** At most this many look-alikes per submission are compared exactly (the most shared first). */
export const LOOKALIKES_COMPARED = 50;
/**
 * A look-alike shares at least this share of the smaller fingerprint set: well below what two
 * sources at the lowest reported similarity (0.5) share, so none of those is missed.
 */
const MIN_SHARED_SHARE = 0.25;

/** What a code submission's fingerprints are stored with (the lookup's scope). */
export interface PrintScope {
  companyId: string;
  questionId: string;
  language: Language;
}

/** A code submission's fingerprint rows (SourceFingerprint), for its source in its scope. */
export function fingerprintRows(submissionId: string, scope: PrintScope, source: string): Prisma.SourceFingerprintCreateManyInput[] {
  return sourcePrints(source, scope.language).map((hash) => ({ submissionId, hash, ...scope }));
}

export interface Lookalike {
  submissionId: string;
  attemptId: string;
  shared: number;
}

@Injectable()
export class SourcePrints {
  private readonly logger = new Logger(SourcePrints.name);

  constructor(private readonly prisma: PrismaService) {}

  /**
   * The counted submissions (each attempt's latest for the question) of other candidates that
   * share the most fingerprints with `hashes`, rare ones only; at most LOOKALIKES_COMPARED.
   */
  async lookalikes(scope: PrintScope, hashes: number[], exclude: { candidateId: string }): Promise<Lookalike[]> {
    if (hashes.length === 0) return [];
    const minShared = Math.max(1, Math.ceil(hashes.length * MIN_SHARED_SHARE));
    // For each fingerprint, its submissions are counted only up to the cap (LIMIT): a common one
    // costs COMMON_PRINT_SUBMISSIONS index entries at most, however many submissions have it.
    const rows = await this.prisma.$queryRaw<Array<{ submissionId: string; attemptId: string; shared: number; count: number | null }>>`
      WITH mine AS (SELECT DISTINCT unnest(${hashes}::int[]) AS hash),
      rare AS (
        SELECT m.hash FROM mine m
        WHERE (SELECT count(*) FROM (
                 SELECT 1 FROM "SourceFingerprint" f
                 WHERE f."companyId" = ${scope.companyId} AND f."questionId" = ${scope.questionId}
                   AND f."language" = ${scope.language}::"Language" AND f.hash = m.hash
                 LIMIT ${COMMON_PRINT_SUBMISSIONS + 1}) capped) <= ${COMMON_PRINT_SUBMISSIONS}
      ),
      shared AS (
        SELECT f."submissionId", count(*)::int AS shared
        FROM rare r JOIN "SourceFingerprint" f
          ON f."companyId" = ${scope.companyId} AND f."questionId" = ${scope.questionId}
         AND f."language" = ${scope.language}::"Language" AND f.hash = r.hash
        GROUP BY f."submissionId"
        HAVING count(*) >= ${minShared}
      )
      SELECT s.id AS "submissionId", s."attemptId", sh.shared, s."fingerprintCount" AS count
      FROM shared sh
      JOIN "Submission" s ON s.id = sh."submissionId"
      JOIN "Attempt" a ON a.id = s."attemptId"
      WHERE a."candidateId" <> ${exclude.candidateId}
        AND NOT EXISTS (
          SELECT 1 FROM "Submission" later
          WHERE later."attemptId" = s."attemptId" AND later."questionSetItemId" = s."questionSetItemId"
            AND (later."createdAt", later.id) > (s."createdAt", s.id))
      ORDER BY sh.shared DESC, s.id
      LIMIT ${LOOKALIKES_COMPARED}`;
    // Of two look-alikes sharing as many fingerprints, the one with fewer of its own is closer.
    return rows
      .filter((r) => r.shared >= Math.ceil(Math.min(hashes.length, r.count ?? hashes.length) * MIN_SHARED_SHARE))
      .map(({ submissionId, attemptId, shared }) => ({ submissionId, attemptId, shared }));
  }

  /**
   * Stores a code submission's fingerprints, then their count. Two statements, no transaction:
   * rows written twice are skipped, and a count left null (a failure between the two) makes the
   * sweep take them again.
   */
  async take(submissionId: string, scope: PrintScope, source: string): Promise<void> {
    const rows = fingerprintRows(submissionId, scope, source);
    await this.prisma.sourceFingerprint.createMany({ data: rows, skipDuplicates: true });
    await this.prisma.submission.update({ where: { id: submissionId }, data: { fingerprintCount: rows.length } });
  }

  /**
   * Fingerprints code submissions stored without them (before fingerprints existed), a batch per
   * call: the maintenance sweep calls it until none is left. Returns how many it took.
   */
  async backfill(batch = 200): Promise<number> {
    const rows = await this.prisma.submission.findMany({
      where: { kind: 'CODE', fingerprintCount: null, language: { not: null } },
      take: batch,
      select: { id: true, companyId: true, source: true, language: true, questionVersion: { select: { questionId: true } } },
    });
    for (const row of rows) {
      await this.take(row.id, { companyId: row.companyId, questionId: row.questionVersion.questionId, language: row.language! }, row.source);
    }
    if (rows.length > 0) this.logger.log(`fingerprinted ${rows.length} earlier code submissions`);
    return rows.length;
  }
}
