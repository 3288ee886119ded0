-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "erasedAt" TIMESTAMP(3);
