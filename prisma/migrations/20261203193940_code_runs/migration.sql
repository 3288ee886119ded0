-- CreateEnum
CREATE TYPE "CodeRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "CodeRun" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "source" TEXT NOT NULL,
    "customInput" JSONB,
    "status" "CodeRunStatus" NOT NULL DEFAULT 'QUEUED',
    "tests" JSONB NOT NULL DEFAULT '[]',
    "compileError" TEXT,
    "internalError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CodeRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CodeRun_companyId_idx" ON "CodeRun"("companyId");

-- CreateIndex
CREATE INDEX "CodeRun_attemptId_createdAt_idx" ON "CodeRun"("attemptId", "createdAt");

-- AddForeignKey
ALTER TABLE "CodeRun" ADD CONSTRAINT "CodeRun_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeRun" ADD CONSTRAINT "CodeRun_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeRun" ADD CONSTRAINT "CodeRun_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
