-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "fingerprintCount" INTEGER;

-- CreateTable
CREATE TABLE "SourceFingerprint" (
    "submissionId" TEXT NOT NULL,
    "hash" INTEGER NOT NULL,
    "companyId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "language" "Language" NOT NULL,

    CONSTRAINT "SourceFingerprint_pkey" PRIMARY KEY ("submissionId","hash")
);

-- CreateIndex
CREATE INDEX "SourceFingerprint_companyId_questionId_language_hash_idx" ON "SourceFingerprint"("companyId", "questionId", "language", "hash");

-- AddForeignKey
ALTER TABLE "SourceFingerprint" ADD CONSTRAINT "SourceFingerprint_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
