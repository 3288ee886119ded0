-- AlterTable
ALTER TABLE "JudgeRun" ADD COLUMN     "questionVersionId" TEXT;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "judgeVersionId" TEXT,
ADD COLUMN     "rejudges" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_judgeVersionId_fkey" FOREIGN KEY ("judgeVersionId") REFERENCES "QuestionVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeRun" ADD CONSTRAINT "JudgeRun_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Runs judged before this column existed judged by their submission's pinned version.
UPDATE "JudgeRun" AS r SET "questionVersionId" = s."questionVersionId" FROM "Submission" AS s WHERE r."submissionId" = s."id";
