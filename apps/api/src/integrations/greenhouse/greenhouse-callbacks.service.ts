// Tells Greenhouse a test is complete: once an invitation that came with a callback URL has its
// attempt finished and every submission judged, one PATCH to that URL goes out through the
// webhook delivery machinery (recorded, signed, retried, the same address rules). Greenhouse then
// asks test_status. Run by the maintenance tick, so it works whichever process finished the
// attempt or judged its last submission, and after a restart.
import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { WebhookEvents } from '../../webhooks/webhook-events.service';

/** Callbacks fired per tick at most (the rest wait for the next tick). */
const BATCH = 200;

@Injectable()
export class GreenhouseCallbacks {
  private readonly logger = new Logger('Greenhouse');

  constructor(
    private readonly prisma: PrismaService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /** Fires every due callback once; returns how many this call fired. Safe to run concurrently. */
  async fireDue(): Promise<number> {
    const due = await this.prisma.webhook.findMany({
      where: {
        kind: 'GREENHOUSE',
        active: true,
        firedAt: null,
        invitation: { attempt: { status: 'FINISHED', submissions: { none: { status: { in: ['QUEUED', 'RUNNING'] } } } } },
      },
      select: { id: true, companyId: true, invitationId: true },
      take: BATCH,
    });
    let fired = 0;
    for (const webhook of due) {
      // Claimed first: of two API replicas sweeping at once, only one records the delivery.
      const { count } = await this.prisma.webhook.updateMany({ where: { id: webhook.id, firedAt: null }, data: { firedAt: new Date() } });
      if (count === 0) continue;
      await this.webhooks.deliverTo(webhook, 'ATTEMPT_FINISHED', { partner_interview_id: webhook.invitationId, partner_status: 'complete' });
      fired += 1;
    }
    if (fired) this.logger.log(`told Greenhouse about ${fired} completed tests`);
    return fired;
  }
}
