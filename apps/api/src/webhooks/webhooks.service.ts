// Managing a company's webhooks (ADMIN): create (the secret is shown once), update, delete,
// list, and read the delivery log. Every query is scoped by the caller's company, so another
// company's webhook is NOT_FOUND.
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PrismaService } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { PageArgs, paginate } from '../common/pagination';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnsafeWebhookUrlError, assertDeliverableUrl } from './delivery/network-policy';
import type { CreateWebhookInput } from './dto/create-webhook.input';
import type { UpdateWebhookInput } from './dto/update-webhook.input';
import type { WebhookDeliveriesArgs } from './dto/webhook-deliveries.args';

/** The columns a client may see: everything but the secret. */
const PUBLIC_WEBHOOK_FIELDS = { id: true, url: true, events: true, active: true, createdAt: true } as const;

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

@Injectable()
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: MemberActor, input: CreateWebhookInput, ip: string) {
    const url = await this.checkedUrl(input.url);
    // Kept in clear: deliveries are signed with it (HMAC), so it cannot be a one-way hash.
    const secret = `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
    const webhook = await this.prisma.$transaction(async (tx) => {
      const row = await tx.webhook.create({
        data: { companyId: actor.companyId, url, events: input.events, secret },
        select: PUBLIC_WEBHOOK_FIELDS,
      });
      await this.audit.record(actor, { action: 'createWebhook', targetType: 'Webhook', targetId: row.id, ip, metadata: { events: row.events } }, tx);
      return row;
    });
    return { webhook, secret };
  }

  async update(actor: MemberActor, input: UpdateWebhookInput, ip: string) {
    await this.findOwn(actor, input.id);
    const url = input.url === undefined ? undefined : await this.checkedUrl(input.url);
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.webhook.update({
        where: { id: input.id },
        data: { url, events: input.events, active: input.active },
        select: PUBLIC_WEBHOOK_FIELDS,
      });
      const changed = Object.keys(input).filter((key) => key !== 'id' && input[key as keyof UpdateWebhookInput] !== undefined);
      await this.audit.record(actor, { action: 'updateWebhook', targetType: 'Webhook', targetId: row.id, ip, metadata: { changed } }, tx);
      return row;
    });
  }

  /** Deletes the webhook and its delivery log; pending deliveries are dropped by the worker. */
  async delete(actor: MemberActor, id: string, ip: string) {
    const webhook = await this.findOwn(actor, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.webhook.delete({ where: { id: webhook.id } });
      await this.audit.record(actor, { action: 'deleteWebhook', targetType: 'Webhook', targetId: webhook.id, ip }, tx);
    });
    return webhook;
  }

  list(actor: MemberActor, page: PageArgs) {
    // Greenhouse callbacks are the integration's own, made and used by send_test: not listed.
    const where = { companyId: actor.companyId, kind: 'COMPANY' as const };
    return paginate(
      page,
      (take, afterId) =>
        this.prisma.webhook.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          select: PUBLIC_WEBHOOK_FIELDS,
        }),
      () => this.prisma.webhook.count({ where }),
    );
  }

  /** The delivery log of one of the company's webhooks (payloads are not exposed). */
  async deliveries(actor: MemberActor, args: WebhookDeliveriesArgs) {
    const webhook = await this.findOwn(actor, args.webhookId);
    const where = { companyId: actor.companyId, webhookId: webhook.id };
    return paginate(
      args,
      (take, afterId) =>
        this.prisma.webhookDelivery.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          select: {
            id: true,
            event: true,
            status: true,
            attempts: true,
            lastStatusCode: true,
            lastError: true,
            createdAt: true,
            deliveredAt: true,
          },
        }),
      () => this.prisma.webhookDelivery.count({ where }),
    );
  }

  private async findOwn(actor: MemberActor, id: string) {
    const webhook = await this.prisma.webhook.findFirst({ where: { id, companyId: actor.companyId, kind: 'COMPANY' }, select: PUBLIC_WEBHOOK_FIELDS });
    if (!webhook) throw AppError.notFound('Webhook');
    return webhook;
  }

  /** The URL as stored (normalized by the URL parser), or BAD_USER_INPUT on `url`. */
  private async checkedUrl(raw: string): Promise<string> {
    try {
      const url = await assertDeliverableUrl(raw.trim(), { allowPrivateNetworks: this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS });
      return url.toString();
    } catch (error) {
      if (error instanceof UnsafeWebhookUrlError) throw AppError.badInput('url', error.message);
      throw error;
    }
  }
}
