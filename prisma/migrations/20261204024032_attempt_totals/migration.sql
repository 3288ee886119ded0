-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "scoreVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "totalScore" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Attempt_questionSetId_status_totalScore_idx" ON "Attempt"("questionSetId", "status", "totalScore");
