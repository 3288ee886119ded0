-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "latestVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Question_kind_idx" ON "Question"("kind");

