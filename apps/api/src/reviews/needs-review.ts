import type { Prisma } from '@prisma/client';

/** A submission needs review when it is a written answer awaiting its first grader's review. */
export const NEEDS_REVIEW: Prisma.SubmissionWhereInput = { verdict: 'PENDING_REVIEW', reviews: { none: {} } };
