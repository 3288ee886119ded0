-- DropIndex
DROP INDEX "QuestionVersion_questionId_contentHash_key";

-- CreateIndex
CREATE INDEX "QuestionVersion_questionId_contentHash_idx" ON "QuestionVersion"("questionId", "contentHash");

