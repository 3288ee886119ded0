-- CreateEnum
CREATE TYPE "WebhookKind" AS ENUM ('COMPANY', 'GREENHOUSE');

-- AlterTable
ALTER TABLE "Webhook" ADD COLUMN     "credential" TEXT,
ADD COLUMN     "firedAt" TIMESTAMP(3),
ADD COLUMN     "invitationId" TEXT,
ADD COLUMN     "kind" "WebhookKind" NOT NULL DEFAULT 'COMPANY';

-- CreateIndex
CREATE UNIQUE INDEX "Webhook_invitationId_key" ON "Webhook"("invitationId");

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
