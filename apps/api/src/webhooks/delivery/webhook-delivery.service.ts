// One try of one delivery: reload the row and its webhook, sign the body, POST it, record the
// outcome. A failed try throws, so that BullMQ retries it with exponential backoff; the last
// failed try marks the delivery FAILED.
import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { GREENHOUSE_CREDENTIAL_PURPOSE } from '../../common/sealed-purposes';
import { unseal } from '../../common/sealed-secret';
import { signedDeliveryRequest } from './delivery-body';
import { postWebhook } from './post-webhook';

/** Error texts are stored and shown to the customer; keep them short. */
const MAX_ERROR_LENGTH = 500;

export class DeliveryFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeliveryFailedError';
  }
}

export type TryOutcome = 'SUCCEEDED' | 'RETRY' | 'FAILED' | 'SKIPPED';

@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Makes one try. Resolves with SUCCEEDED, SKIPPED (nothing left to do: already finished,
   * webhook deleted) or FAILED (the last try failed, or the webhook was deactivated); throws
   * DeliveryFailedError when another try should follow.
   */
  async attempt(deliveryId: string, isLastTry: boolean): Promise<TryOutcome> {
    const delivery = await this.prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
    // Deleting a webhook deletes its deliveries; a finished delivery is never sent again.
    if (!delivery || delivery.status !== 'PENDING') return 'SKIPPED';
    if (!delivery.webhook.active) {
      await this.prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: 'FAILED', lastError: 'Webhook is inactive' } });
      return 'FAILED';
    }

    const { body, headers } = signedDeliveryRequest(delivery, delivery.webhook.secret);
    let statusCode: number | null = null;
    let error: string;
    try {
      // Greenhouse's callback: a PATCH carrying the customer's API key as Basic credential, as
      // Greenhouse's Assessment API expects; the signed body is extra and harmless.
      const greenhouse = delivery.webhook.kind === 'GREENHOUSE';
      if (greenhouse) headers.Authorization = this.basicCredential(delivery.webhook.credential);
      statusCode = await postWebhook({
        url: delivery.webhook.url,
        method: greenhouse ? 'PATCH' : 'POST',
        body,
        headers,
        timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
        policy: { allowPrivateNetworks: this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS },
      });
      error = `Receiver answered HTTP ${statusCode}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }

    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      await this.prisma.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: 'SUCCEEDED', attempts: { increment: 1 }, lastStatusCode: statusCode, lastError: null, deliveredAt: new Date() },
      });
      return 'SUCCEEDED';
    }
    await this.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status: isLastTry ? 'FAILED' : 'PENDING',
        attempts: { increment: 1 },
        lastStatusCode: statusCode,
        lastError: error.slice(0, MAX_ERROR_LENGTH),
      },
    });
    if (isLastTry) return 'FAILED';
    throw new DeliveryFailedError(error);
  }

  private basicCredential(sealed: string | null): string {
    const key = sealed === null ? null : unseal(sealed, this.config.JWT_SECRET, GREENHOUSE_CREDENTIAL_PURPOSE);
    if (key === null) throw new Error('The Greenhouse credential cannot be opened (was JWT_SECRET changed?)');
    return `Basic ${Buffer.from(`${key}:`, 'utf8').toString('base64')}`;
  }
}
