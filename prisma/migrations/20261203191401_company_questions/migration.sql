-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('VALIDATING', 'READY', 'INVALID');

-- DropIndex
DROP INDEX "Question_slug_key";

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "companyId" TEXT;

-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN     "status" "QuestionStatus" NOT NULL DEFAULT 'READY',
ADD COLUMN     "validatedAt" TIMESTAMP(3),
ADD COLUMN     "validation" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "Question_companyId_slug_key" ON "Question"("companyId", "slug");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The bank's slugs stay unique among themselves (NULL companyIds never collide in the index above).
CREATE UNIQUE INDEX "Question_bank_slug_key" ON "Question"("slug") WHERE "companyId" IS NULL;
