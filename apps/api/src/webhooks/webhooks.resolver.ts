import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { PageArgs } from '../common/pagination';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { UpdateWebhookInput } from './dto/update-webhook.input';
import { WebhookDeliveriesArgs } from './dto/webhook-deliveries.args';
import { CreateWebhookPayload, Webhook, WebhookConnection, WebhookDeliveryConnection } from './models/webhook.model';
import { WebhooksService } from './webhooks.service';

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly webhooksService: WebhooksService) {}

  @Allow('ADMIN')
  @Mutation(() => CreateWebhookPayload, { description: 'The secret is shown once.' })
  createWebhook(@CurrentActor() actor: MemberActor, @Args('input') input: CreateWebhookInput, @ClientIp() ip: string) {
    return this.webhooksService.create(actor, input, ip);
  }

  @Allow('ADMIN')
  @Mutation(() => Webhook, { description: 'Changes the URL, the events or the active flag.' })
  updateWebhook(@CurrentActor() actor: MemberActor, @Args('input') input: UpdateWebhookInput, @ClientIp() ip: string) {
    return this.webhooksService.update(actor, input, ip);
  }

  @Allow('ADMIN')
  @Mutation(() => Webhook, { description: 'Deletes the webhook and its delivery log; returns it as it was.' })
  deleteWebhook(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs, @ClientIp() ip: string) {
    return this.webhooksService.delete(actor, id, ip);
  }

  @Allow('ADMIN')
  @Query(() => WebhookConnection)
  webhooks(@CurrentActor() actor: MemberActor, @Args() page: PageArgs) {
    return this.webhooksService.list(actor, page);
  }

  @Allow('ADMIN')
  @Query(() => WebhookDeliveryConnection, { description: 'The deliveries to one webhook, oldest first.' })
  webhookDeliveries(@CurrentActor() actor: MemberActor, @Args() args: WebhookDeliveriesArgs) {
    return this.webhooksService.deliveries(actor, args);
  }
}
